using System.Text.Json.Nodes;
using PartnershipBot.Cards.Samples;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>The card samples by name, as theory data, and where this test project's sources live.</summary>
internal static class SampleCards
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> ByName =
        new(() => CardSamples.All().ToDictionary(sample => sample.Name, sample => sample.Card));

    public static IReadOnlyList<string> AllNames => [.. ByName.Value.Keys];

    public static TheoryData<string> Names => [.. ByName.Value.Keys];

    /// <summary>A fresh copy, so a test can never change what another test sees.</summary>
    public static JsonObject Card(string name) => ByName.Value[name].DeepClone().AsObject();

    /// <summary>
    /// The clone's root: the nearest folder above the test binaries (artifacts/ lives inside the clone) that
    /// holds the solution file. Not [CallerFilePath], which deterministic CI builds may map to "/_/".
    /// </summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnershipBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PartnershipBot.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ProjectDirectory() => Path.Combine(RepositoryRoot(), "tests", "PartnershipBot.Cards.Tests");
}
