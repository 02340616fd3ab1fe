using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

public class TypedInputTests
{
    private static Item Item(string id) => TestContent.Catalog.Current.FindItem(id)!;

    public static TheoryData<string, string, string?> Answers => new()
    {
        // agreement scale
        { "joint-standards", "3", "3" },
        { "joint-standards", "eens", "4" },
        { "joint-standards", "Eens.", "4" },
        { "joint-standards", "EENS!", "4" },
        { "joint-standards", "oneens", "2" },
        { "joint-standards", "helemaal eens", "5" },
        { "joint-standards", "Helemaal  oneens", "1" },
        { "joint-standards", "agree", "4" },
        { "joint-standards", "Strongly Disagree", "1" },
        { "joint-standards", "neutraal", "3" },
        { "joint-standards", "6", null },
        { "joint-standards", "misschien", null },
        // yes / partly / no / don't know
        { "startup-budget", "ja", "yes" },
        { "startup-budget", "No", "no" },
        { "startup-budget", "deels", "partly" },
        { "startup-budget", "Don't know", "dont-know" },
        { "startup-budget", "weet ik niet", "dont-know" },
        { "startup-budget", "4", "dont-know" },
        // choice (context) by label, synonym, accent-free or number
        { "ctx-role", "Opdrachtnemer", "contractor" },
        { "ctx-role", "2", "client" },
        { "ctx-motive", "kwetsbaarheid", "vulnerability" },
        { "ctx-motive", "continuïteit", "vulnerability" },
        { "ctx-age", "Twee tot drie jaar", "years-2-3" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Exact_TypedAnswer_MapsToOption(string itemId, string typed, string? expected) =>
        Assert.Equal(expected, AnswerMatcher.Exact(Item(itemId), typed)?.Value);

    public static TheoryData<string, string, string?> Typos => new()
    {
        { "joint-standards", "eenss", "4" },
        { "joint-standards", "oneen", "2" },
        { "joint-standards", "agre", "4" },
        { "joint-standards", "helemaal eenz", "5" },
        { "joint-standards", "stronlgy agree", "5" },
        { "ctx-role", "eigenaa", "owner" },
        { "ctx-role", "opdrachgever", "client" },
        { "startup-budget", "deel", "partly" },
        // too short to guess, or equally close to two options: no answer rather than a wrong one
        { "startup-budget", "ne", null },
        { "joint-standards", "xyz", null },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void Fuzzy_SmallTypos_AreTolerated(string itemId, string typed, string? expected) =>
        Assert.Equal(expected, AnswerMatcher.Fuzzy(Item(itemId), typed)?.Value);

    public static TheoryData<string, string?> Commands => new()
    {
        { "Snelle check", "QuickCheck" },
        { "quick check", "QuickCheck" },
        { "VOLLEDIGE CHECK", "FullCheck" },
        { "full check", "FullCheck" },
        { "terug", "Back" },
        { "Back", "Back" },
        { "overslaan", "Skip" },
        { "skip", "Skip" },
        { "stop", "Stop" },
        { "verder", "Resume" },
        { "resume", "Resume" },
        { "opnieuw", "Restart" },
        { "restart", "Restart" },
        { "Nederlands", "Dutch" },
        { "english", "English" },
        { "hulp", "Help" },
        { "help", "Help" },
        { "privacy", "Privacy" },
        { "geschiedenis", "History" },
        { "wat vind jij ervan", null },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Exact_CommandWords_InBothLanguages(string typed, string? expected) =>
        Assert.Equal(expected, new CommandMatcher(TestContent.Catalog.Ui).Exact(typed)?.ToString());

    [Theory]
    [InlineData("overslaa", "Skip")]
    [InlineData("opnieuww", "Restart")]
    [InlineData("geschiedensi", "History")]
    [InlineData("nederlnds", "Dutch")]
    [InlineData("restrat", "Restart")]
    public void Fuzzy_CommandTypos_AreTolerated(string typed, string expected) =>
        Assert.Equal(expected, new CommandMatcher(TestContent.Catalog.Ui).Fuzzy(typed)?.ToString());

    [Theory]
    [InlineData("Één", "een")]
    [InlineData("Don’t know!", "dont know")]
    [InlineData("  4+  jaar ", "4+ jaar")]
    [InlineData("?", "?")]
    public void Normalize_FoldsCaseAccentsAndPunctuation(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));
}
