using PartnershipBot.Dialogs.Calendar;

namespace PartnershipBot.Calendar;

/// <summary>A partnership's own planning dates, per calendar year (keyed <c>"2027"</c>); defaults are never stored.</summary>
/// <remarks><see cref="ChangedAt"/> is when the consultant last saved dates (retention counts from it); null in calendars saved before it was kept.</remarks>
internal sealed record CalendarDocument(string PartnershipName, IReadOnlyDictionary<string, IReadOnlyDictionary<PlanningMoment, DateOnly>> EditsByYear, DateTimeOffset? ChangedAt = null)
{
    public static CalendarDocument Empty(string partnershipName) => new(partnershipName, new Dictionary<string, IReadOnlyDictionary<PlanningMoment, DateOnly>>());

    public IReadOnlyDictionary<PlanningMoment, DateOnly> EditsFor(int year) =>
        EditsByYear.TryGetValue(Year(year), out var edits) ? edits : new Dictionary<PlanningMoment, DateOnly>();

    public CalendarDocument WithEdits(int year, IReadOnlyDictionary<PlanningMoment, DateOnly> edits) =>
        this with { EditsByYear = new Dictionary<string, IReadOnlyDictionary<PlanningMoment, DateOnly>>(EditsByYear) { [Year(year)] = edits } };

    private static string Year(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
