namespace PartnershipBot.Calendar;

/// <summary>
/// Where a partnership's calendar is stored: under its tenant, keyed by the partnership. Until partnerships
/// are entities of their own, a partnership is its rounds' name (trimmed, case-insensitive, as
/// <c>Round.IsSamePartnershipAs</c> compares them); when it gets an id, only <see cref="PartnershipKey"/> changes.
/// </summary>
internal static class CalendarKeys
{
    public static string PartnershipKey(string partnershipName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipName);
        return Uri.EscapeDataString(partnershipName.Trim().ToLowerInvariant());
    }

    public static string Calendar(string tenantId, string partnershipName) =>
        $"tenants/{Uri.EscapeDataString(tenantId)}/partnerships/{PartnershipKey(partnershipName)}/calendar";

    /// <summary>The partnership's action register, beside its calendar.</summary>
    public static string Actions(string tenantId, string partnershipName) =>
        $"tenants/{Uri.EscapeDataString(tenantId)}/partnerships/{PartnershipKey(partnershipName)}/actions";
}
