namespace PartnershipBot.EndToEnd.Tests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding PartnershipBot.sln, found from the test binary upwards.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnershipBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PartnershipBot.sln not found above " + AppContext.BaseDirectory);
    }
}
