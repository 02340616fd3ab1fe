using System.Text;
using PartnershipBot.Cards.Samples;
using PartnershipBot.Cards.Tests.Support;

namespace PartnershipBot.Cards.Tests;

/// <summary>
/// Every sample matches its reviewed JSON in Golden/. After an intended change, run the tests once with
/// UPDATE_GOLDEN=1 to rewrite the files, then review the diff like code.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Names => SampleCards.Names;

    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static string GoldenDirectory => Path.Combine(SampleCards.ProjectDirectory(), "Golden");

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_MatchesGoldenFile(string name)
    {
        var actual = CardSampleWriter.ToFileText(SampleCards.Card(name));
        var path = Path.Combine(GoldenDirectory, name + ".json");
        if (Update)
        {
            Directory.CreateDirectory(GoldenDirectory);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), "No golden file " + path + "; run the tests with UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void GoldenDirectory_HoldsNoFileWithoutASample()
    {
        var names = SampleCards.AllNames.Select(name => name + ".json").ToHashSet();
        if (Update)
        {
            foreach (var orphan in Directory.EnumerateFiles(GoldenDirectory, "*.json").Where(f => !names.Contains(Path.GetFileName(f))))
            {
                File.Delete(orphan);
            }
        }

        var files = Directory.EnumerateFiles(GoldenDirectory, "*.json").Select(f => Path.GetFileName(f));

        Assert.All(files, file => Assert.Contains(file, names));
    }
}
