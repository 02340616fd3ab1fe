using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>
/// The rule that combines the model's findings with the lexicon's reading (docs/advisor.md, optional language model,
/// step 5), one branch per test, read off the "what I recognise" lines of the card. Every model finding here quotes
/// words of the text, so only the rule decides whether it is shown.
/// </summary>
public sealed class ModelFindingsHostTests
{
    private const string Savings = "Taakstelling vanaf de start";
    private const string Appearance = "Schijn van succes";

    [Fact]
    public async Task ModelFinding_PitfallWhoseHealthyPracticeTheLexiconRead_IsNotShown()
    {
        // The lexicon reads the negated cue as the patience lesson (no savings booked), not as the savings pitfall.
        const string text = "We hebben bewust geen bezuiniging ingeboekt in de opstartjaren. Hoe voorkom ik dat de kwartaalrapportage alles mooier voorstelt dan het is?";
        await using var model = await Findings(
            ("owner-savings-target", "bezuiniging ingeboekt in de opstartjaren"),
            ("contractor-appearance-of-success", "alles mooier voorstelt dan het is"));
        await using var bot = await ModelBot.StartAsync(model);

        var lines = RecognisedLines((await bot.User.SayAsync(text)).LastCard);

        // The appearance finding shows that the findings did arrive; the savings finding is the one the rule holds back.
        Assert.Equal([Appearance + ": “alles mooier voorstelt dan het is”"], lines);
    }

    [Fact]
    public async Task ModelFinding_PitfallTheLexiconAlreadyFound_IsShownOnceWithTheLexiconsWords()
    {
        const string text = "De raad rekende op een flinke besparing in het eerste jaar. Wat doe ik als de directie alles mooier voorstelt dan het is?";
        await using var model = await Findings(
            ("owner-savings-target", "rekende op een flinke besparing"),
            ("contractor-appearance-of-success", "alles mooier voorstelt dan het is"));
        await using var bot = await ModelBot.StartAsync(model);

        var lines = RecognisedLines((await bot.User.SayAsync(text)).LastCard);

        Assert.Equal([Savings + ": “besparing in het eerste jaar”", Appearance + ": “alles mooier voorstelt dan het is”"], lines);
    }

    [Fact]
    public async Task ModelFinding_NewPitfallWithEvidenceInTheText_IsAddedAfterTheLexiconsFindings()
    {
        const string text = "De raad rekende op een flinke besparing in het eerste jaar. Wat doe ik als de directie alles mooier voorstelt dan het is?";
        await using var model = await Findings(("contractor-appearance-of-success", "de directie alles mooier voorstelt"));
        await using var bot = await ModelBot.StartAsync(model);

        var lines = RecognisedLines((await bot.User.SayAsync(text)).LastCard);

        Assert.Equal([Savings + ": “besparing in het eerste jaar”", Appearance + ": “de directie alles mooier voorstelt”"], lines);
    }

    [Fact]
    public async Task NoModelFindings_TheLexiconsReadingAloneIsShown()
    {
        const string text = "De raad rekende op een flinke besparing in het eerste jaar. Wat doe ik als de directie alles mooier voorstelt dan het is?";
        await using var model = await Findings();
        await using var bot = await ModelBot.StartAsync(model);

        var lines = RecognisedLines((await bot.User.SayAsync(text)).LastCard);

        // The baseline of the two tests above: the appearance line there is the model's, not the lexicon's.
        Assert.Equal([Savings + ": “besparing in het eerste jaar”"], lines);
    }

    /// <summary>A model whose answer call fails (so the card keeps its local parts) and whose findings are the ones given.</summary>
    private static Task<FakeChatCompletions> Findings(params (string Pitfall, string Evidence)[] findings)
    {
        var json = new JsonObject
        {
            ["findings"] = new JsonArray([.. findings.Select(f => (JsonNode)new JsonObject { ["pitfall"] = f.Pitfall, ["evidence"] = f.Evidence })]),
        }.ToJsonString();
        return FakeChatCompletions.StartAsync((schema, _) => schema == "pitfall_findings"
            ? (200, FakeChatCompletions.Completion(json))
            : (500, "{}"));
    }

    /// <summary>The card's "what I recognise" lines: a pitfall's title, a colon and the quoted words.</summary>
    private static List<string> RecognisedLines(JsonObject card) =>
        [.. TextBlocks(card).Where(t => t.StartsWith(Savings + ":", StringComparison.Ordinal) || t.StartsWith(Appearance + ":", StringComparison.Ordinal)
            || t.StartsWith("Gelijkblijvende dienstverlening:", StringComparison.Ordinal))];

    private static IEnumerable<string> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" && o["text"] is JsonValue v => [v.GetValue<string>()],
        JsonObject o => o.SelectMany(p => TextBlocks(p.Value)),
        JsonArray a => a.SelectMany(TextBlocks),
        _ => [],
    };
}
