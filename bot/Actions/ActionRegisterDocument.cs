using PartnershipBot.Dialogs.Actions;

namespace PartnershipBot.Actions;

/// <summary>A partnership's actions, stored at <c>tenants/{tenant}/partnerships/{partnership}/actions</c>.</summary>
internal sealed record ActionRegisterDocument(string PartnershipName, IReadOnlyList<ActionItem> Actions)
{
    public static ActionRegisterDocument Empty(string partnershipName) => new(partnershipName, []);

    public ActionRegisterDocument With(ActionItem action) =>
        this with { Actions = [.. Actions.Where(a => a.Id != action.Id), action] };
}
