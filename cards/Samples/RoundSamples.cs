using System.Text.Json.Nodes;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// The progress and results cards of the second round of <see cref="RoundScript"/>, made as the host makes them:
/// every participant answers a real quick check with the bot's engine (one chat per person, kept across both
/// rounds), a round keeps what <see cref="RoundResponse.Of"/> keeps of it and the themes <see cref="RoundThemes"/>
/// reads in the open answer, both rounds close with <see cref="RoundReleaser"/>, and the cards get the extras the
/// host gives them (<see cref="RoundResultsExtras"/>): chart, partnership, actions since the first round.
/// </summary>
internal static class RoundSamples
{
    /// <summary>Shaped as the host makes a round id (a GUID without dashes), so the wire test can normalise both alike.</summary>
    public const string RoundId = "3f2a9c41d07e4b8a9e15c6d2b7a08f63";

    private const string FirstRoundId = "7178b365ba914961bb9582789055e65d";
    private const string PartnershipId = "60b098bab0ba47be93b3ac508ed81f10";
    private const string Tenant = "tenant";
    private static readonly string[] ActionIds = ["abb52ec9e5654dec865518982b66fae6", "193323850d8b4cdb899903bcb79bd846"];

    // Fixed moments (Amsterdam time) so the samples and their golden files never change by themselves.
    private static readonly DateTimeOffset FirstStarted = new(2026, 5, 4, 9, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset FirstClosesAt = new(2026, 6, 15, 16, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset ActionsRecorded = new(2026, 6, 22, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Started = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset ClosesAt = new(2026, 12, 16, 16, 0, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<(Round First, Round Open, Round Closed)> Played = new(Play);

    /// <summary>"ronde resultaten" once all twelve answered: invited are the channel's members, as the host counts them.</summary>
    public static JsonObject Progress(Language language) =>
        RoundCards.Progress(RoundProgressBuilder.Build(Played.Value.Open, RoundScript.ChannelMembers.Count, language));

    /// <summary>The final release as it goes privately to the consultant.</summary>
    public static JsonObject Release(Language language)
    {
        var (first, _, closed) = Played.Value;
        var final = closed.FinalRelease!;
        return RoundCards.Results(RoundResultsBuilder.Build(closed, final, language), RoundCardAudience.Consultant, RoundResultsExtras.ForConsultant(final, PartnershipId, first, Recorded(language)));
    }

    /// <summary>The same release as the consultant shares it in the channel.</summary>
    public static JsonObject ReleaseInChannel(Language language)
    {
        var closed = Played.Value.Closed;
        var final = closed.FinalRelease!;
        return RoundCards.Results(RoundResultsBuilder.Build(closed, final, language), RoundCardAudience.Channel, RoundResultsExtras.ChartOnly(final));
    }

    private static (Round First, Round Open, Round Closed) Play()
    {
        var chats = new Dictionary<string, SampleUser>(StringComparer.Ordinal);
        var first = Answered(Round.Start(FirstRoundId, Tenant, RoundScript.Name, RoundScript.Consultant, FirstStarted, FirstClosesAt, RoundScript.MinimumGroupSize, PartnershipId), RoundScript.First, chats);
        first = RoundReleaser.Close(first, FirstClosesAt, null, null);
        var open = Answered(Round.Start(RoundId, Tenant, RoundScript.Name, RoundScript.Consultant, Started, ClosesAt, RoundScript.MinimumGroupSize, PartnershipId), RoundScript.Second, chats);
        return (first, open, RoundReleaser.Close(open, ClosesAt, first.FinalRelease, first.Id));
    }

    /// <summary>Each participant joins, answers the quick check in their own chat (in Dutch), then the open question.</summary>
    private static Round Answered(Round round, IReadOnlyList<RoundScriptParticipant> people, Dictionary<string, SampleUser> chats)
    {
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (!chats.TryGetValue(person.Id, out var chat))
            {
                chat = chats[person.Id] = new SampleUser(CheckSamples.Engine.Value, Language.Nl);
            }

            var results = chat.QuickCheck(round.CreatedAt.AddDays(1 + i), q => person.Answer(q.ItemId));
            round = round.Join(person.Id).Record(RoundResponse.Of(person.Id, results.Report));
            if (person.OpenAnswer is { } text)
            {
                round = round.WithThemes(person.Id, RoundThemes.Of(PitfallTextAnalyzer.Default, text, Language.Nl));
            }
        }

        return round;
    }

    /// <summary>The register after the first round, as the consultant typed it (in their language) with a typed owner name.</summary>
    private static IReadOnlyList<ActionItem> Recorded(Language language) =>
        [.. RoundScript.Actions.Select((a, i) =>
        {
            var due = DateOnly.FromDateTime(ActionsRecorded.Date).AddDays(a.DueInDays);
            var action = new ActionItem(ActionIds[i], language == Language.Nl ? a.DescriptionNl : a.DescriptionEn, a.OwnerName, null, due, ActionStatus.Open, ActionsRecorded, RoundScript.Consultant, null);
            return a.Done ? action.MarkDone() : action;
        })];
}
