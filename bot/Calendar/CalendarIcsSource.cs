using System.Text;
using PartnershipBot.Cards.Calendar;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Reports;
using PartnershipBot.Rounds;

namespace PartnershipBot.Calendar;

/// <summary>The .ics behind a calendar link: the dates of the link's partnership (by id, in the link's tenant) and year, with the round proposals.</summary>
internal sealed class CalendarIcsSource(RoundStore rounds, CalendarStore store, WorkingDays workingDays, TimeProvider time) : ISignedContentSource
{
    public string Kind => CalendarLinks.Kind;

    public async Task<SignedContent?> GetAsync(SignedLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Year is not { } year || link.Format != "ics" || await rounds.PartnershipAsync(link.TenantId, link.Subject, ct) is not { } partnership || partnership.TenantId != link.TenantId)
        {
            return null;
        }

        var language = link.Language == "en" ? Language.En : Language.Nl;
        var document = await store.GetAsync(link.TenantId, partnership, ct);
        var calendar = GovernanceCalendar.For(year, document.EditsFor(year), workingDays);
        var proposals = RoundPlanner.Propose(calendar, new DateOnly(year, 1, 1), workingDays);
        var ics = CalendarIcs.Build(partnership.Name, partnership.Id, calendar, proposals, language, time.GetUtcNow());
        return new SignedContent(Encoding.UTF8.GetBytes(ics), CalendarIcs.MediaType + "; charset=utf-8", $"planning-{year}.ics", true);
    }
}
