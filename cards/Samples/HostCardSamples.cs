using System.Text.Json.Nodes;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Cards.Reminders;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Samples of the cards the host sends itself (reminders, rounds), built by the same card builders from state
/// made by the same domain code the bot runs: a round started, joined and answered by twelve people, then closed.
/// </summary>
internal static class HostCardSamples
{
    private static readonly DateTimeOffset Started = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Shaped as the scheduler makes a reminder id.</summary>
    private const string ReminderId = "5b7e0c2d9a4f4e1b8c36d0f2a9e7b415";

    /// <summary>Shaped as the host makes an action id (a GUID without dashes).</summary>
    private const string ActionId = "c81d4e2a6b0f4f3d9a7e15b2c64d0e98";

    /// <summary>Shaped as the host makes a round id (a GUID without dashes), so the wire test can normalise both alike.</summary>
    private const string RoundId = "3f2a9c41d07e4b8a9e15c6d2b7a08f63";

    public static IReadOnlyList<CardSample> All() =>
    [
        .. Per("reminders", language => ReminderCards.List(
            [new(ReminderId, ActionTexts.For(language).PersonalDue(Pick(language, "begroting 2027 met de eigenaren bespreken", "discuss the 2027 budget with the owners")), Pick(language, "maandag 7 december 2026 09:00", "Monday 7 December 2026 09:00"), false)],
            admin: false, ReminderTexts.For(language))),
        .. Per("reminder-fired", language => ActionCards.Owner(null, string.Empty, PersonalAction(language), language)),
        .. Per("round-invitation", language => RoundCards.Invitation(language, RoundId, "ISD Rivierenland", Pick(language, "woensdag 16 december 2026 om 16:00", "Wednesday 16 December 2026 at 16:00"), 3)),
        .. Per("round-progress", language => RoundCards.Progress(RoundProgressBuilder.Build(Answered(open: true), 14, language))),
        .. Per("round-release", language => RoundCards.Results(Released(language), RoundCardAudience.Consultant)),
        .. Per("round-release-channel", language => RoundCards.Results(Released(language), RoundCardAudience.Channel)),
    ];

    /// <summary>
    /// The personal action of the <c>herinneringen</c> sample on its due day: what <c>PersonalActionReminder</c>
    /// sends at 09:00 (the card with Done / Postpone), not the old free-text follow-up.
    /// </summary>
    private static ActionItem PersonalAction(Language language)
    {
        var description = Pick(language, "begroting 2027 met de eigenaren bespreken", "discuss the 2027 budget with the owners");
        return new ActionItem(ActionId, description, ActionTexts.For(language).Yourself, "29:anne", new DateOnly(2026, 12, 7), ActionStatus.Open, Started, "29:anne", null);
    }

    private static RoundResultsView Released(Language language)
    {
        var closed = Answered(open: false);
        return RoundResultsBuilder.Build(closed, closed.FinalRelease!, language);
    }

    /// <summary>Twelve people (five owners, four clients, three of the management) with the risks a quick check gives.</summary>
    private static Round Answered(bool open)
    {
        var round = Round.Start(RoundId, "tenant", "ISD Rivierenland", "29:consultant", Started, Started.AddDays(44), 3, "p-1");
        for (var i = 0; i < 12; i++)
        {
            var role = i < 5 ? Role.Owner : i < 9 ? Role.Client : Role.Contractor;
            var risks = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["owner-savings-target"] = 40 + (i * 5 % 50),
                ["client-unchanged-service"] = 20 + (i * 7 % 60),
                ["contractor-appearance-of-success"] = 30 + (i * 3 % 40),
            };
            round = round.Join("29:p" + i).Record(new RoundResponse("29:p" + i, role, risks, i % 3 == 0 ? ["owner-savings-target"] : [], Started.AddDays(1 + i)));
        }

        return open ? round : RoundReleaser.Close(round, Started.AddDays(44), null, null);
    }

    private static IEnumerable<CardSample> Per(string stem, Func<Language, JsonObject> create) =>
    [
        new(stem + "-nl", create(Language.Nl)),
        new(stem + "-en", create(Language.En)),
    ];

    private static string Pick(Language language, string nl, string en) => language == Language.Nl ? nl : en;
}
