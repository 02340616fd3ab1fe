using System.Text;
using PartnershipBot.Cards.Samples;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests;

/// <summary>Every sample card, in both languages and with the longest texts: valid, small, and with a fallback.</summary>
public sealed class CardSampleTests
{
    /// <summary>Our own budget: far under Teams' ~100 KB message cap, and within its workflow connectors' 28 KB.</summary>
    private const int MaxCardBytes = 28 * 1024;

    public static TheoryData<string> Names => SampleCards.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_ValidatesAgainstAdaptiveCard15Schema(string name)
    {
        var errors = SchemaValidator.Errors(SampleCards.Card(name));

        Assert.True(errors.Count == 0, name + ":\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_IsAVersion15AdaptiveCardForFullWidthTeams(string name)
    {
        var card = SampleCards.Card(name);

        // The schema requires neither and accepts any version string, so check them here.
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_FitsThe28KilobyteBudget(string name)
    {
        // Compact and with the default (escaping) encoder: the larger of the ways the bot may send it.
        var bytes = Encoding.UTF8.GetByteCount(SampleCards.Card(name).ToJsonString());

        Assert.InRange(bytes, 1, MaxCardBytes);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_HasFallbackText(string name)
    {
        var fallback = (string?)SampleCards.Card(name)["fallbackText"];

        Assert.False(string.IsNullOrWhiteSpace(fallback));
    }

    [Fact]
    public void Samples_IncludeEveryOutputThatRendersAsACard()
    {
        // A new output type must come with a sample, so it is validated, sized, golden-checked and rendered.
        var sampled = CardSamples.Outputs().Select(sample => sample.Output.GetType()).ToHashSet();
        var outputs = typeof(BotOutput).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(BotOutput)) && !type.IsAbstract)
            .Where(type => type != typeof(TextOutput) && type != typeof(UnrecognisedOutput));

        Assert.All(outputs, type => Assert.Contains(type, sampled));
    }

    [Fact]
    public void Samples_CoverEveryCardKindInBothLanguages()
    {
        string[] stems = ["welcome", "help", "privacy", "question", "question-context", "question-freetext", "question-longest",
            "answered", "results", "results-healthy", "history", "resume", "situation", "confirm-erase"];
        var names = SampleCards.AllNames.ToHashSet();

        foreach (var stem in stems)
        {
            Assert.Contains(stem + "-nl", names);
            Assert.Contains(stem + "-en", names);
        }

        // The report samples also give the advice cards and the healthy-result card.
        Assert.Contains("results-nl-2", names);
        Assert.Contains("results-en-3", names);
        Assert.Contains("results-healthy-nl-2", names);
    }
}
