using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Reports;

namespace PartnershipBot.Calendar;

/// <summary>The calendar's iCalendar download as a short-lived signed link, naming the partnership by id.</summary>
internal sealed class CalendarLinks(LinkAddresses addresses)
{
    public const string Kind = "calendar";

    public Uri IcsLink(TurnContext turn, string tenantId, string partnershipId, int year, Language language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return addresses.For(new SignedLink(tenantId, Kind, partnershipId, year, "ics", language == Language.Nl ? "nl" : "en", 0));
    }
}
