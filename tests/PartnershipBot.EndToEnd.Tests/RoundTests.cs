using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>
/// Issue 5 end to end: a round started in the Agents Playground's group chat, the personal chat that
/// receives the proactive 1:1 invitation after "Doe mee", the check there and the round's open question.
/// </summary>
public sealed class RoundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Round_StartedInGroupChat_TakePartOpensThePersonalChatWhereTheCheckAndOpenQuestionCount()
    {
        var config = (await playground.Playground.GetFromJsonAsync<JsonObject>("/_internal/v1/config"))!["config"]!;
        var groupChat = config["groupChats"]![0]!["id"]!.GetValue<string>();
        var userId = config["currentUser"]!["id"]!.GetValue<string>();
        await using var group = await PlaygroundSession.OpenAsync(playground, groupChat, userId);
        await using var personal = await playground.OpenSessionAsync();

        await group.InstallAsync();
        // In a group chat Teams only delivers messages that @mention the bot.
        await group.MentionBotAsync("ronde starten ISD Rivierenland");
        var invitation = await group.WaitForAsync(m => m.Card is not null && m.VisibleText.Contains("Doe mee", StringComparison.Ordinal), "invitation card");
        var data = CardReader.Actions(invitation.Card!).Select(a => a["data"] as JsonObject).First(d => d?["action"]?.GetValue<string>() == "roundJoin")!;

        var response = await group.ExecuteAsync(invitation.Id, "roundJoin", (JsonObject)data.DeepClone());

        Assert.Contains("persoonlijk bericht", response?["value"]?.GetValue<string>() ?? string.Empty, StringComparison.Ordinal);
        var intro = await personal.WaitForAsync(m => m.Card is not null && m.VisibleText.Contains("Start de check", StringComparison.Ordinal), "round intro in the personal chat");
        Assert.Contains("ISD Rivierenland", intro.VisibleText, StringComparison.Ordinal);

        await personal.SayAsync("snelle check");
        await personal.AnswerQuestionsAsync(await personal.WaitForAsync(CardReader.IsQuestion, "first question"));
        var question = await personal.WaitForAsync(m => m.Text.Contains("grootste knelpunt", StringComparison.Ordinal), "the round's open question");
        await personal.SayAsync("De eigenaren hebben meteen een taakstelling ingeboekt, nog voor de organisatie draaide.");
        var counted = await personal.WaitForAsync(m => m.Text.Contains("thema", StringComparison.Ordinal), "the reply to the open answer");

        Assert.Contains("telt mee in de ronde voor ISD Rivierenland", question.Text, StringComparison.Ordinal);
        Assert.Contains("Taakstelling vanaf de start", counted.Text, StringComparison.Ordinal);
    }
}
