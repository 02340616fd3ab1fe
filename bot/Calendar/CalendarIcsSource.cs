using System.Text;
using PartnershipBot.Cards.Calendar;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Reports;

namespace PartnershipBot.Calendar;

/// <summary>The .ics behind a calendar link: the partnership's dates of the link's year, with the round proposals.</summary>
internal sealed class CalendarIcsSource(CalendarStore store, WorkingDays workingDays, TimeProvider time) : ISignedContentSource
{
    public string Kind => CalendarLinks.Kind;

    public async Task<SignedContent?> GetAsync(SignedLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Year is not { } year || link.Format != "ics")
        {
            return null;
        }

        var language = link.Language == "en" ? Language.En : Language.Nl;
        var document = await store.GetAsync(link.TenantId, link.Subject, ct);
        var calendar = GovernanceCalendar.For(year, document.EditsFor(year), workingDays);
        var proposals = RoundPlanner.Propose(calendar, new DateOnly(year, 1, 1), workingDays);
        var ics = CalendarIcs.Build(link.Subject, CalendarKeys.PartnershipKey(link.Subject), calendar, proposals, language, time.GetUtcNow());
        return new SignedContent(Encoding.UTF8.GetBytes(ics), CalendarIcs.MediaType + "; charset=utf-8", $"planning-{year}.ics", true);
    }
}
