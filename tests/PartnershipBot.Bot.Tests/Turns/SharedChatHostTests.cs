using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Scheduling;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// Nothing personal in a channel or group chat, through the real host: the attacks of issue 9 ('check' and
/// 'herinneringen' typed in a channel) and the group welcome, with what the connector carried as the proof.
/// </summary>
public sealed class SharedChatHostTests : IAsyncLifetime
{
    private const string Admin = "29:admin";
    private const string Channel = "19:general@thread.tacv2";
    private RecordingConnector? _connector;
    private TestBotHost? _host;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking(("Rounds:Admins:0", Admin)));
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _connector!.DisposeAsync();
    }

    [Theory]
    [InlineData("check")]
    [InlineData("snelle check")]
    [InlineData("volledige check")]
    public async Task CheckTypedInAChannel_PostsNoQuestionOnlyAButtonToThePersonalChat(string command)
    {
        var anne = InChannel(Activities.UserId);

        var turn = await anne.SayAsync(command);

        var card = Assert.Single(turn.Cards);
        Assert.False(CardData.IsQuestion(card));
        Assert.Contains("Uw check is persoonlijk", CardData.AllText(card), StringComparison.Ordinal);
        Assert.NotNull(CardData.Of(card, "openPersonal"));
        Assert.All(_connector!.Requests, r => Assert.DoesNotContain("Input.ChoiceSet", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenPersonal_ClickedInAChannel_OpensTheOneToOneChatWithTheCheckButtons()
    {
        var anne = InChannel(Activities.UserId);
        var offer = (await anne.SayAsync("check")).LastCard;

        var click = await anne.ExecuteAsync("offer-1", offer, "openPersonal");

        Assert.Contains("Ik heb u een persoonlijk bericht gestuurd", click.Body!.ToJsonString(), StringComparison.Ordinal);
        var created = Assert.Single(_connector!.Requests, r => r.RawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(Activities.UserId, created.Json!["members"]![0]!["id"]!.GetValue<string>());
        var personal = click.Sent.Single(r => r.Method == "POST" && r.Json?["attachments"] is not null && !r.RawTarget.Contains(Uri.EscapeDataString(Channel), StringComparison.Ordinal));
        var welcome = personal.Json!["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains("U vroeg in een gedeelde chat om de check", CardData.AllText(welcome), StringComparison.Ordinal);
        Assert.NotNull(CardData.Of(welcome, "quickCheck"));
        Assert.DoesNotContain(_connector.Requests, r => r.RawTarget.Contains(Uri.EscapeDataString(Channel), StringComparison.Ordinal) && r.Body.Contains("quickCheck", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotAddedToAGroupChat_WelcomePostsNoQuestionAndOffersThePersonalChatOrARound()
    {
        var update = Activities.Base("conversationUpdate", "19:group@thread.v2", _connector!.ServiceUrl, null, "nl-NL", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId }),
        });
        update["conversation"]!["conversationType"] = "groupChat";

        await _host!.PostActivityAsync(update);
        var welcome = Assert.Single(_connector.Requests).Json!["attachments"]![0]!["content"]!.AsObject();
        var anne = new BotConversation(_host, _connector, Activities.UserId, "19:group@thread.v2", conversationType: "groupChat");
        await anne.SubmitAsync("welcome-1", welcome, "openPersonal");

        Assert.DoesNotContain("Snelle check", CardData.AllText(welcome), StringComparison.Ordinal);
        Assert.NotNull(CardData.Of(welcome, "openPersonal"));
        Assert.NotNull(CardData.Of(welcome, "roundStart"));
        Assert.DoesNotContain(_connector.Requests, r => r.Body.Contains("Input.ChoiceSet", StringComparison.Ordinal));
        Assert.Contains(_connector.Requests, r => r.RawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemindersTypedInAChannelByAnAdmin_ListNothingAndSayWhereToLook()
    {
        var scheduler = _host!.Services.GetRequiredService<IReminderScheduler>();
        await scheduler.ScheduleAsync(new ReminderSpec(Activities.Tenant, "29:bert", "test.kind", "s", "{}", DateTimeOffset.UtcNow.AddDays(3), null, "Gesprek met wethouder Bert"), default);
        var admin = InChannel(Admin);

        var turn = await admin.SayAsync("herinneringen");
        var followUp = await admin.SayAsync("opvolging");

        Assert.Empty(turn.Cards);
        Assert.Contains("u vindt ze in uw persoonlijke chat met mij", turn.Texts, StringComparison.Ordinal);
        Assert.Empty(followUp.Cards);
        Assert.DoesNotContain(_connector!.Requests, r => r.Body.Contains("Gesprek met wethouder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HistoryTypedInAChannel_ShowsNoResultAndSaysWhereToLook()
    {
        var anne = InChannel(Activities.UserId);

        var turn = await anne.SayAsync("geschiedenis");

        Assert.Empty(turn.Cards);
        Assert.Contains("typ 'geschiedenis' in uw persoonlijke chat", turn.Texts, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> TableCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in PartnershipBot.Dialogs.Content.ContentCatalog.LoadEmbedded().Ui.CommandTable.Where(c => c.Help is not null))
        {
            foreach (var scope in entry.Scopes)
            {
                // Once per distinct word: 'help' is the same in both languages, and xUnit skips a repeated row.
                foreach (var words in new[] { entry.WordsNl[0], entry.WordsEn[0] }.Distinct(StringComparer.Ordinal))
                {
                    data.Add(scope.ToString(), words);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableCommands))]
    public async Task EveryCommandOfTheHelpTable_IsUnderstoodWhereTheHelpListsIt(string scope, string words)
    {
        var user = scope == "Shared" ? InChannel(Activities.UserId) : new BotConversation(_host!, _connector!, Activities.UserId, "a:personal-1");

        var turn = await user.SayAsync(words);

        Assert.NotEmpty(turn.Sent);
        Assert.All(turn.Sent, r => Assert.DoesNotContain("Dat begreep ik niet", r.Body, StringComparison.Ordinal));
        Assert.All(turn.Sent, r => Assert.DoesNotContain("I did not understand", r.Body, StringComparison.Ordinal));
    }

    private BotConversation InChannel(string userId) => new(_host!, _connector!, userId, Channel, conversationType: "channel");
}
