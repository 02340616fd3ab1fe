using System.Text.Json.Nodes;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Cards.Reminders;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Samples of the cards the host sends itself (reminders, rounds), built by the same card builders from state
/// made by the same domain code the bot runs; the round's progress and results come from <see cref="RoundSamples"/>.
/// </summary>
internal static class HostCardSamples
{
    private static readonly DateTimeOffset Started = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Shaped as the scheduler makes a reminder id.</summary>
    private const string ReminderId = "5b7e0c2d9a4f4e1b8c36d0f2a9e7b415";

    /// <summary>Shaped as the host makes an action id (a GUID without dashes).</summary>
    private const string ActionId = "c81d4e2a6b0f4f3d9a7e15b2c64d0e98";

    public static IReadOnlyList<CardSample> All() =>
    [
        .. Per("reminders", language => ReminderCards.List(
            [new(ReminderId, ActionTexts.For(language).PersonalDue(Pick(language, "begroting 2027 met de eigenaren bespreken", "discuss the 2027 budget with the owners")), Dialogs.Content.Texts.DisplayDates.DayDateAndTime(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), language), false)],
            admin: false, ReminderTexts.For(language))),
        .. Per("reminder-fired", language => ActionCards.Owner(null, string.Empty, PersonalAction(language), language)),
        .. Per("round-invitation", language => RoundCards.Invitation(language, RoundSamples.RoundId, RoundScript.Name, Pick(language, "woensdag 16 december 2026 om 16:00", "Wednesday 16 December 2026 at 16:00"), RoundScript.MinimumGroupSize)),
        .. Per("round-progress", RoundSamples.Progress),
        .. Per("round-release", RoundSamples.Release),
        .. Per("round-release-channel", RoundSamples.ReleaseInChannel),
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

    private static IEnumerable<CardSample> Per(string stem, Func<Language, JsonObject> create) =>
    [
        new(stem + "-nl", create(Language.Nl)),
        new(stem + "-en", create(Language.En)),
    ];

    private static string Pick(Language language, string nl, string en) => language == Language.Nl ? nl : en;
}
