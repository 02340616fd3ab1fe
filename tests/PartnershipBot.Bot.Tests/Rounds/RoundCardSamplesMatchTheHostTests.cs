using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Cards.Samples;
using PartnershipBot.Dialogs.Actions;
using static PartnershipBot.Bot.Tests.Turns.WireCardNormaliser;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>
/// The round samples <c>cards --out</c> writes are the cards the host sends for the same round: the invitation it
/// posts in the channel, and for the second round of <see cref="RoundScript"/> (driven through the host: two rounds
/// answered in the participants' 1:1 chats, two actions recorded between them) the progress and the final results
/// it sends the consultant privately and the results it posts when the consultant shares them. Only generated ids
/// and the days and moments the host takes from its clock are normalised.
/// </summary>
public sealed class RoundCardSamplesMatchTheHostTests : RoundHostTest
{
    private static readonly IReadOnlyDictionary<string, JsonObject> Samples = CardSamples.All().ToDictionary(s => s.Name, s => s.Card);

    public static TheoryData<string, string, string> Languages => new()
    {
        { "nl-NL", "ronde starten", "round-invitation-nl" },
        { "en-GB", "start round", "round-invitation-en" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Invitation_InTheChannel_EqualsItsSample(string locale, string command, string sample)
    {
        var consultant = new BotConversation(Host, Connector, RoundScenario.Consultant, RoundScenario.Channel, locale, "channel").FromNow();

        var invitation = await StartAsync(consultant, command);

        Assert.Equal(Normalise(Samples[sample]), Normalise(invitation));
    }

    public static TheoryData<string, string> Consultants => new()
    {
        { "nl-NL", "nl" },
        { "en-GB", "en" },
    };

    [Theory]
    [MemberData(nameof(Consultants))]
    public async Task SecondRound_ProgressResultsAndShared_EqualTheirSamples(string locale, string language)
    {
        var english = language == "en";
        // The channel's member list as Teams gives it: the bot is in it too, and the host does not count it as invited.
        Connector.Members = [.. RoundScript.ChannelMembers.Append(Activities.BotId).Select(id => (JsonNode)new JsonObject { ["id"] = id })];
        var consultant = new BotConversation(Host, Connector, RoundScenario.Consultant, RoundScenario.Channel, locale, "channel").FromNow();
        await TakePartAsync(await StartAsync(consultant, english ? "start round" : "ronde starten"), RoundScript.First);
        await consultant.SayAsync(english ? "close round" : "ronde sluiten");
        await RecordActionsAsync(new BotConversation(Host, Connector, RoundScenario.Consultant, "a:consultant-1", locale).FromNow(), english);
        await TakePartAsync(await StartAsync(consultant, english ? "start round" : "ronde starten"), RoundScript.Second);

        var progress = Assert.Single(RoundScenario.PrivateCards(await consultant.SayAsync(english ? "round results" : "ronde resultaten")));
        var closed = await consultant.SayAsync(english ? "close round" : "ronde sluiten");
        var results = RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed));
        var before = Connector.Requests.Count;
        await new BotConversation(Host, Connector, RoundScenario.Consultant, RoundScenario.OpenedChat(closed)!, locale).ExecuteAsync("results", results, "roundShare");
        var shared = Assert.Single(Connector.Requests.Skip(before), r => r.Method == "POST" && r.RawTarget.Contains(Uri.EscapeDataString(RoundScenario.Channel), StringComparison.Ordinal));

        Assert.Equal(Normalise(Samples[$"round-progress-{language}"]), Normalise(progress));
        Assert.Equal(Normalise(Samples[$"round-release-{language}"]), Normalise(results));
        Assert.Equal(Normalise(Samples[$"round-release-channel-{language}"]), Normalise(shared.Json!["attachments"]![0]!["content"]!.AsObject()));
    }

    private static async Task<JsonObject> StartAsync(BotConversation consultant, string command)
    {
        var form = (await consultant.SayAsync(command)).LastCard;
        var started = await consultant.SubmitAsync("form-1", form, "roundStart",
            ("roundName", RoundScript.Name), ("roundClosingDate", "2099-03-16"), ("roundMinimumSize", RoundScript.MinimumGroupSize.ToString(CultureInfo.InvariantCulture)));
        return Assert.Single(started.Cards, c => CardData.Actions(c).Any(a => a["data"]?["action"]?.GetValue<string>() == "roundJoin"));
    }

    /// <summary>Each person clicks "Doe mee", answers the quick check in the 1:1 chat the bot opened, then the open question.</summary>
    private async Task TakePartAsync(JsonObject invitation, IReadOnlyList<RoundScriptParticipant> people)
    {
        foreach (var person in people)
        {
            var (_, personal) = await Scenario.JoinAsync(person.Id, invitation);
            Assert.NotNull(await Scenario.AnswerQuickCheckAsync(person.Id, personal!, person.Answer));
            if (person.OpenAnswer is { } text)
            {
                await Scenario.Personal(person.Id, personal!).SayAsync(text);
            }
        }
    }

    /// <summary>The consultant records the script's actions with <c>acties</c> (a typed owner) and marks the done one done in the list.</summary>
    private static async Task RecordActionsAsync(BotConversation me, bool english)
    {
        var command = english ? "actions" : "acties";
        foreach (var action in RoundScript.Actions)
        {
            var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(action.DueInDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await me.ExecuteAsync("list", (await me.SayAsync(command)).LastCard, ActionCardActions.Create,
                (ActionCardActions.Description, english ? action.DescriptionEn : action.DescriptionNl), (ActionCardActions.OwnerName, action.OwnerName), (ActionCardActions.Due, due));
            if (action.Done)
            {
                await me.ExecuteAsync("list", (await me.SayAsync(command)).LastCard, ActionCardActions.Done);
            }
        }
    }
}
