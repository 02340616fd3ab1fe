using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>Odd but well-formed JSON from a channel, through the real host: a clear answer, no crash, nothing lost.</summary>
public sealed class EdgeInputHostTests : BotHostTest
{
    private const string Apology = "er ging aan mijn kant iets mis";

    [Fact]
    public async Task ConversationUpdate_MemberWithNullId_IsIgnoredAndTheBotStillWelcomes()
    {
        var user = User();
        var update = Activities.Base("conversationUpdate", "a:conv-1", Connector.ServiceUrl, null, "nl-NL", new JsonObject
        {
            ["channelId"] = "emulator",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = null }, null, new JsonObject { ["id"] = Activities.BotId }),
        });

        var turn = await user.SendAsync(update);

        Assert.Equal(200, turn.Status);
        Assert.DoesNotContain(Apology, turn.Texts, StringComparison.Ordinal);
        Assert.Contains("Welkom", CardData.AllText(Assert.Single(turn.Cards)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyMembersWithoutId_AnswersOkAndSendsNothing()
    {
        var user = User();
        var update = Activities.Base("conversationUpdate", "a:conv-1", Connector.ServiceUrl, null, "nl-NL", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = null }),
            ["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = null }),
        });

        var turn = await user.SendAsync(update);

        Assert.Equal(200, turn.Status);
        Assert.Empty(turn.Sent);
    }

    public static TheoryData<string> LoneSurrogates => new()
    {
        "{\"action\":\"answer\",\"q\":\"\\ud800\"}",
        "{\"action\":\"answer\",\"\\udc00\":\"1\"}",
        "{\"action\":\"answer\",\"nested\":{\"deep\":[\"\\ud800x\"]}}",
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task CardValue_LoneSurrogateEscape_Returns400NamingTheFieldAndTheCheckGoesOn(string value)
    {
        var user = User();
        var question = (await user.SayAsync("snelle check")).LastCard;
        var raw = Activities.Base("message", "a:conv-1", Connector.ServiceUrl, null, "nl-NL").ToJsonString()
            .Replace("\"locale\":\"nl-NL\"", "\"locale\":\"nl-NL\",\"value\":" + value, StringComparison.Ordinal);

        var response = await Host.Client.PostAsync("/api/messages", new StringContent(raw, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'value'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var next = await user.SubmitAsync("card-1", question, "answer", (CardData.InputId(question), CardData.Option(question, 0)));
        Assert.True(CardData.IsQuestion(next.LastCard));
        Assert.NotEqual(CardData.AllText(question), CardData.AllText(next.LastCard));
    }

    public static TheoryData<string> BadLocales => new()
    {
        "nl-NL\r\nX-Injected: 1",
        "<script>alert(1)</script>",
        new string('a', 200),
        "12-NL",
        "nl--NL",
        "nl-NL\n",
    };

    [Theory]
    [MemberData(nameof(BadLocales))]
    public async Task Message_InvalidLocale_IsNotCopiedIntoTheReply(string locale)
    {
        var user = new BotConversation(Host, Connector, locale: locale);

        var turn = await user.SayAsync("help");

        Assert.Equal(200, turn.Status);
        var reply = Assert.Single(turn.Sent);
        Assert.Null(reply.Json!["locale"]);
        Assert.DoesNotContain(locale, reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("zh-Hant-TW")]
    public async Task Message_ValidLocale_IsCarriedIntoTheReply(string locale)
    {
        var user = new BotConversation(Host, Connector, locale: locale);

        var turn = await user.SayAsync("help");

        Assert.Equal(locale, Assert.Single(turn.Sent).Json!["locale"]!.GetValue<string>());
    }
}
