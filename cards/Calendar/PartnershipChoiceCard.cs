using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Calendar;

/// <summary>
/// The consultant runs two partnerships of one name (in two channels): one button per partnership, so the
/// calendar or the action register opens for the one they mean and the two are never mixed.
/// </summary>
public static class PartnershipChoiceCard
{
    /// <param name="pickFor"><see cref="CalendarCardActions.PickCalendar"/> or <see cref="CalendarCardActions.PickActions"/>.</param>
    /// <param name="year">The calendar year asked for, carried to the calendar; null for none.</param>
    public static JsonObject Build(string pickFor, IReadOnlyList<Partnership> choices, Language language, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var ui = CalendarUi.For(language);
        var question = ui.WhichPartnership(choices[0].Name);
        var labels = choices.Select((p, i) => ui.ChoiceLabel(i + 1, p.Name, DateOnly.FromDateTime(p.CreatedAt.UtcDateTime))).ToList();
        var buttons = choices.Select((p, i) =>
        {
            var data = Data(CalendarCardActions.Pick);
            data[CalendarCardActions.PickFor] = pickFor;
            data[CalendarCardActions.PartnershipId] = p.Id;
            data[CalendarCardActions.Language] = language == Language.Nl ? "nl" : "en";
            if (year is { } y)
            {
                data[CalendarCardActions.Year] = y.ToString(CultureInfo.InvariantCulture);
            }

            return (JsonNode)Submit(labels[i], data);
        });
        return Card(string.Join("\n", labels.Prepend(question)), [Text(question), ActionSet([.. buttons])]);
    }
}
