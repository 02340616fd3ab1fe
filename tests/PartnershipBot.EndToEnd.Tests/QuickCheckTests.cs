using System.Text.Json.Nodes;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>
/// Issues 3 and 4 end to end: a whole quick check in Microsoft's Agents Playground, answered the
/// Teams way (Action.Execute). The invoke response is what replaces the clicked card in place (the
/// playground, like Teams, renders it from the HTTP answer), so it must be the read-only version.
/// </summary>
public sealed class QuickCheckTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task QuickCheck_AnsweredWithActionExecute_ReplacesEachCardAndEndsWithResults()
    {
        await using var user = await playground.OpenSessionAsync();
        await user.SayAsync("snelle check");
        var first = await user.WaitForAsync(CardReader.IsQuestion, "first question");

        var (card, answered) = await user.AnswerQuestionsAsync(first, response =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", response?["type"]?.GetValue<string>());
            var replacement = (JsonObject)response!["value"]!;
            Assert.Empty(CardReader.ChoiceSets(replacement));
            Assert.Empty(CardReader.Actions(replacement));
        });

        Assert.Equal(12, answered);
        Assert.Contains("Taakstelling vanaf de start", card.VisibleText, StringComparison.Ordinal);
    }
}
