using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Rounds;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>A consultant, a channel and participants against the real host; what the bot stored is read back from its store.</summary>
internal sealed class RoundScenario(TestBotHost host, RecordingConnector connector)
{
    public const string Channel = "19:round-channel@thread.tacv2";
    public const string Consultant = "29:consultant";

    private readonly Dictionary<(string, string), BotConversation> _personal = [];
    private readonly Dictionary<(string, string), BotConversation> _channel = [];

    /// <summary>A user in a channel; one instance per user and channel, so each turn returns only what that turn sent.</summary>
    public BotConversation InChannel(string userId, string conversationId = Channel)
    {
        if (!_channel.TryGetValue((userId, conversationId), out var chat))
        {
            chat = new BotConversation(host, connector, userId, conversationId, conversationType: "channel").FromNow();
            _channel[(userId, conversationId)] = chat;
        }

        return chat;
    }

    public RoundStore Store => host.Services.GetRequiredService<RoundStore>();

    /// <summary>The consultant starts a round through the form (N = 3 so 5/4/3 groups all show); returns the invitation card.</summary>
    public async Task<JsonObject> StartAsync(string name = "ISD Rivierenland", string minimumSize = "3")
    {
        var consultant = InChannel(Consultant);
        var form = (await consultant.SayAsync("ronde starten")).LastCard;
        var started = await consultant.SubmitAsync("form-1", form, "roundStart", ("roundName", name), ("roundClosingDate", "2099-03-16"), ("roundMinimumSize", minimumSize));
        return started.Cards.Single(c => CardData.Actions(c).Any(a => a["data"]?["action"]?.GetValue<string>() == "roundJoin"));
    }

    public static string RoundId(JsonObject invitation) => CardData.Of(invitation, "roundJoin")["roundId"]!.GetValue<string>();

    /// <summary>Clicks "Doe mee" and returns the 1:1 conversation the bot opened (from the stored contact).</summary>
    public async Task<(BotConversation.Turn Click, string? Personal)> JoinAsync(string userId, JsonObject invitation, string channel = Channel)
    {
        var click = await InChannel(userId, channel).ExecuteAsync("invitation", invitation, "roundJoin");
        var round = await Store.GetAsync(Activities.Tenant, RoundId(invitation), default);
        return (click, round?.Contacts.GetValueOrDefault(userId)?.Personal?.Conversation?.Id);
    }

    /// <summary>
    /// The quick check in the participant's 1:1 chat by clicking options: the role by its index (owner 0,
    /// client 1, contractor 2), every other question with <paramref name="option"/>.
    /// </summary>
    /// <returns>The turn that finished the check (results), or null if it did not finish.</returns>
    public Task<BotConversation.Turn?> AnswerQuickCheckAsync(string userId, string personalConversation, int roleIndex, int option) =>
        AnswerQuickCheckAsync(userId, personalConversation, (card, i) => CardData.Option(card, i == 0 ? roleIndex : Math.Min(option, CardData.ChoiceSet(card)!["choices"]!.AsArray().Count - 1)));

    /// <summary>The quick check in the participant's 1:1 chat, each question answered by clicking the value <paramref name="answer"/> gives for its item id.</summary>
    public Task<BotConversation.Turn?> AnswerQuickCheckAsync(string userId, string personalConversation, Func<string, string> answer) =>
        AnswerQuickCheckAsync(userId, personalConversation, (card, _) => answer(CardData.Of(card, "answer")["itemId"]!.GetValue<string>()));

    private async Task<BotConversation.Turn?> AnswerQuickCheckAsync(string userId, string personalConversation, Func<JsonObject, int, string> choose)
    {
        var me = Personal(userId, personalConversation);
        var card = (await me.SayAsync("snelle check")).LastCard;
        for (var i = 0; i < 20 && CardData.IsQuestion(card); i++)
        {
            var turn = await me.SubmitAsync("q-" + i, card, "answer", (CardData.InputId(card), choose(card, i)));
            card = turn.Cards.LastOrDefault() ?? card;
            if (!turn.Cards.Any(CardData.IsQuestion))
            {
                return turn;
            }

            card = turn.Cards.Last(CardData.IsQuestion);
        }

        return null;
    }

    /// <summary>Cards the bot sent into the round's channel during a turn.</summary>
    public static IReadOnlyList<JsonObject> ChannelCards(BotConversation.Turn turn, string channel = Channel) =>
        [.. CardsWhere(turn, r => r.RawTarget.Contains(Uri.EscapeDataString(channel), StringComparison.Ordinal))];

    /// <summary>Cards the bot sent into 1:1 chats it opened (create conversation), i.e. privately.</summary>
    public static IReadOnlyList<JsonObject> PrivateCards(BotConversation.Turn turn) =>
        [.. CardsWhere(turn, r => r.RawTarget.Contains("a%3Acreated-", StringComparison.Ordinal) || r.RawTarget.Contains("a:created-", StringComparison.Ordinal) || r.RawTarget.Contains("/a%3Apersonal", StringComparison.Ordinal))];

    /// <summary>The 1:1 chat the bot opened during a turn (the id from its create-conversation answer).</summary>
    public static string? OpenedChat(BotConversation.Turn turn) =>
        turn.Sent.Select(r => r.RawTarget.Split('?')[0]).Select(t => t.Split("/v3/conversations/").ElementAtOrDefault(1)?.Split('/')[0]).OfType<string>()
            .Select(Uri.UnescapeDataString).FirstOrDefault(id => id.StartsWith("a:created-", StringComparison.Ordinal));

    /// <summary>The latest results card among cards: the one with the role table.</summary>
    public static JsonObject ResultsCard(IEnumerable<JsonObject> cards) => cards.Last(c => CardData.AllText(c).Contains("Resultaten ronde", StringComparison.Ordinal) || CardData.AllText(c).Contains("Round results", StringComparison.Ordinal));

    private static IEnumerable<JsonObject> CardsWhere(BotConversation.Turn turn, Func<RecordedRequest, bool> target) =>
        turn.Sent.Where(r => r.Method == "POST" && target(r)).Select(r => r.Json?["attachments"]?[0]?["content"]).OfType<JsonObject>();

    /// <summary>The participant's 1:1 chat; one instance per chat, so each turn returns only what that turn sent.</summary>
    public BotConversation Personal(string userId, string personalConversation)
    {
        if (!_personal.TryGetValue((userId, personalConversation), out var chat))
        {
            chat = new BotConversation(host, connector, userId, personalConversation).FromNow();
            _personal[(userId, personalConversation)] = chat;
        }

        return chat;
    }
}
