namespace PartnershipBot.Calendar;

/// <summary>
/// Where a partnership's calendar and action register are stored: under its tenant and the partnership
/// entity's id (<c>tenants/{t}/partnerships/{id}</c>, see <c>RoundKeys.Partnership</c>), so two partnerships
/// with the same name never share them. The <c>Legacy…</c> keys are where they were kept by name before;
/// <see cref="LegacyNameData"/> moves what is found there on first read.
/// </summary>
internal static class CalendarKeys
{
    public static string Calendar(string tenantId, string partnershipId) => Under(tenantId, Escape(partnershipId), "calendar");

    /// <summary>The partnership's action register, beside its calendar.</summary>
    public static string Actions(string tenantId, string partnershipId) => Under(tenantId, Escape(partnershipId), "actions");

    public static string LegacyCalendar(string tenantId, string partnershipName) => Under(tenantId, LegacyName(partnershipName), "calendar");

    public static string LegacyActions(string tenantId, string partnershipName) => Under(tenantId, LegacyName(partnershipName), "actions");

    /// <summary>The name as the old keys spelled it: trimmed and lower-cased, as rounds compare names.</summary>
    private static string LegacyName(string partnershipName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipName);
        return Escape(partnershipName.Trim().ToLowerInvariant());
    }

    private static string Under(string tenantId, string partnership, string document) =>
        $"tenants/{Escape(tenantId)}/partnerships/{partnership}/{document}";

    private static string Escape(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }
}
