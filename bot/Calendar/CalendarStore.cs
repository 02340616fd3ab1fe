using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>Partnership calendars in storage, by partnership id; dates once saved under the partnership's name are moved on first read.</summary>
internal sealed class CalendarStore(IStorage storage, LegacyNameData legacy, TimeProvider time)
{
    private readonly PartnershipDocuments<CalendarDocument> _documents = new(storage, legacy, CalendarKeys.Calendar, CalendarKeys.LegacyCalendar, WholeCalendar, p => CalendarDocument.Empty(p.Name));

    public Task<CalendarDocument> GetAsync(string tenantId, Partnership partnership, CancellationToken ct) => _documents.GetAsync(tenantId, partnership, ct);

    /// <summary>A change is stamped with when it was made (a change that returns the calendar as it was is not one).</summary>
    public Task<CalendarDocument> UpdateAsync(string tenantId, Partnership partnership, Func<CalendarDocument, CalendarDocument> change, CancellationToken ct) =>
        _documents.UpdateAsync(tenantId, partnership, c => change(c) is var changed && ReferenceEquals(changed, c) ? c : changed with { ChangedAt = time.GetUtcNow() }, ct);

    /// <summary>A calendar has no author: each partnership that shared it keeps the dates it saw.</summary>
    private static JsonObject WholeCalendar(JsonObject legacy, Partnership partnership, IReadOnlyList<Partnership> sharers)
    {
        legacy["partnershipName"] = partnership.Name;
        return legacy;
    }
}
