using PartnershipBot.Dialogs.Actions;

namespace PartnershipBot.Actions;

/// <summary>A partnership's actions, stored at <c>tenants/{tenant}/partnerships/{partnership}/actions</c>.</summary>
/// <remarks><see cref="ChangedAt"/> is when someone last changed the register (retention counts from it); null in registers written before it was kept.</remarks>
internal sealed record ActionRegisterDocument(string PartnershipName, IReadOnlyList<ActionItem> Actions, DateTimeOffset? ChangedAt = null)
{
    public static ActionRegisterDocument Empty(string partnershipName) => new(partnershipName, []);

    public ActionRegisterDocument With(ActionItem action) =>
        this with { Actions = [.. Actions.Where(a => a.Id != action.Id), action] };
}
