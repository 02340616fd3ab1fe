using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Calendar;

/// <summary>
/// The governance calendar as an iCalendar file (RFC 5545) for Outlook: one all-day event per moment, plus
/// the proposed rounds. UIDs are stable per partnership, moment and year, so importing a newer file
/// updates the events instead of doubling them.
/// </summary>
public static class CalendarIcs
{
    public const string MediaType = "text/calendar";

    public static string Build(string partnershipName, string partnershipKey, GovernanceCalendar calendar, IReadOnlyList<RoundProposal> proposals, Language language, DateTimeOffset generatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipName);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipKey);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(proposals);
        var ics = new Ical.Net.Calendar { ProductId = "-//PartnershipBot//Governance calendar//" + (language == Language.Nl ? "NL" : "EN") };
        ics.AddProperty("X-WR-CALNAME", partnershipName);
        var stamp = new CalDateTime(generatedAt.UtcDateTime, "UTC");
        foreach (var moment in calendar.Moments)
        {
            ics.Events.Add(AllDay(
                $"{partnershipKey}-{moment.Kind}-{calendar.Year}@partnershipbot",
                moment.Date,
                $"{partnershipName}: {CalendarTexts.Name(moment.Kind, moment.FiscalYear, language)}",
                CalendarTexts.Basis(moment.Kind, language),
                stamp));
        }

        foreach (var proposal in proposals)
        {
            ics.Events.Add(AllDay(
                $"{partnershipKey}-round-{proposal.Moment.Kind}-{calendar.Year}@partnershipbot",
                proposal.StartOn,
                $"{partnershipName}: {CalendarTexts.T(language, "ronde starten vóór", "start a round before")} {CalendarTexts.Name(proposal.Moment.Kind, proposal.Moment.FiscalYear, language).ToLowerInvariant()}",
                CalendarTexts.Proposal(proposal, language),
                stamp));
        }

        return new CalendarSerializer().SerializeToString(ics) ?? string.Empty;
    }

    private static CalendarEvent AllDay(string uid, DateOnly date, string summary, string description, CalDateTime stamp) => new()
    {
        Uid = uid,
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(date.Year, date.Month, date.Day),
        DtEnd = new CalDateTime(date.Year, date.Month, date.Day).AddDays(1),
        DtStamp = stamp,
        Transparency = "TRANSPARENT",
    };
}
