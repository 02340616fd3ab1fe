namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>Files of the working tree the deployment tests read (they test committed files, not build output).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ManifestFolder => Path.Combine(Root, "deployment", "manifest");

    public static string ManifestFile => Path.Combine(ManifestFolder, "manifest.json");

    public static string PackageScript => Path.Combine(Root, "deployment", "package.sh");

    public static string ValidatorFolder => Path.Combine(Root, "deployment", "validate");

    public static string ManifestSchema =>
        Path.Combine(Root, "tests", "PartnershipBot.Bot.Tests", "Deployment", "Schemas", "teams-manifest-1.29.json");

    private static string FindRoot()
    {
        // Build output lives under artifacts/ (possibly a slot folder), so walk up to the solution file.
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
