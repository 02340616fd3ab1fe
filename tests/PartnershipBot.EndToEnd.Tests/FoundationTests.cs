namespace PartnershipBot.EndToEnd.Tests;

/// <summary>
/// Issue 2 end to end: the real host and Microsoft's Agents Playground talking over HTTP, the
/// playground driven through its own API as its UI would drive it.
/// </summary>
public sealed class FoundationTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Install_Help_CardSubmit_AreAnsweredThroughThePlayground()
    {
        await using var user = await playground.OpenSessionAsync();

        // The playground's user runs Teams in English (en-US): the welcome follows that locale, always,
        // whichever of the two install activities the playground sends arrives first.
        await user.InstallAsync();
        var welcome = await user.WaitForAsync(m => m.Card is not null, "welcome card");
        Assert.Contains("Welcome", welcome.VisibleText, StringComparison.Ordinal);

        await user.SayAsync("help");
        var help = await user.WaitForAsync(m => m.Card is not null && m.VisibleText.Contains("quick check", StringComparison.OrdinalIgnoreCase), "help card");
        Assert.Contains("pause", help.VisibleText, StringComparison.OrdinalIgnoreCase);

        // Typing Dutch switches to Dutch.
        await user.SayAsync("snelle check");
        var question = await user.WaitForAsync(CardReader.IsQuestion, "first question card");

        await user.SubmitAsync(question.Id, CardReader.Answer(question.Card!, 0));
        var next = await user.WaitForAsync(m => CardReader.IsQuestion(m) && m.Id != question.Id, "next question after a card submit");
        Assert.NotEqual(question.VisibleText, next.VisibleText);
        Assert.Contains("Contextvraag 2 van 4", next.VisibleText, StringComparison.Ordinal);
    }
}
