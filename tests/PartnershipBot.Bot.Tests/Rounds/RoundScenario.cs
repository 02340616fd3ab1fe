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

    public BotConversation InChannel(string userId, string conversationId = Channel) =>
        new(host, connector, userId, conversationId, conversationType: "channel");

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
    public async Task<(BotConversation.Turn Click, string? Personal)> JoinAsync(string userId, JsonObject invitation)
    {
        var click = await InChannel(userId).ExecuteAsync("invitation", invitation, "roundJoin");
        var round = await Store.GetAsync(Activities.Tenant, RoundId(invitation), default);
        return (click, round?.Contacts.GetValueOrDefault(userId)?.Personal?.Conversation?.Id);
    }

    /// <summary>
    /// The quick check in the participant's 1:1 chat by clicking options: the role by its index (owner 0,
    /// client 1, contractor 2), every other question with <paramref name="option"/>.
    /// </summary>
    /// <returns>The turn that finished the check (results), or null if it did not finish.</returns>
    public async Task<BotConversation.Turn?> AnswerQuickCheckAsync(string userId, string personalConversation, int roleIndex, int option)
    {
        var me = Personal(userId, personalConversation);
        var card = (await me.SayAsync("snelle check")).LastCard;
        for (var i = 0; i < 20 && CardData.IsQuestion(card); i++)
        {
            var choices = CardData.ChoiceSet(card)!["choices"]!.AsArray().Count;
            var index = i == 0 ? roleIndex : Math.Min(option, choices - 1);
            var turn = await me.SubmitAsync("q-" + i, card, "answer", (CardData.InputId(card), CardData.Option(card, index)));
            card = turn.Cards.LastOrDefault() ?? card;
            if (!turn.Cards.Any(CardData.IsQuestion))
            {
                return turn;
            }

            card = turn.Cards.Last(CardData.IsQuestion);
        }

        return null;
    }

    /// <summary>The participant's 1:1 chat; one instance per chat, so each turn returns only what that turn sent.</summary>
    public BotConversation Personal(string userId, string personalConversation)
    {
        if (!_personal.TryGetValue((userId, personalConversation), out var chat))
        {
            chat = new BotConversation(host, connector, userId, personalConversation);
            _personal[(userId, personalConversation)] = chat;
        }

        return chat;
    }
}
