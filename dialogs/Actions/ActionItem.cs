namespace PartnershipBot.Dialogs.Actions;

/// <summary>
/// An action a partnership agreed on: what, who owns it (a Teams user's Entra object id when picked, else
/// only a typed name), by when. Postponed actions stay due on their new date; an overdue action is escalated
/// to the consultant once (<see cref="EscalatedAt"/>). <see cref="Source"/> links back to the advice step
/// (<c>lesson:{id}</c>) or role gap (<c>gap:…</c>) it came from, with its title as shown then.
/// </summary>
public sealed record ActionItem(
    string Id,
    string Description,
    string OwnerName,
    string? OwnerId,
    DateOnly Due,
    ActionStatus Status,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? EscalatedAt,
    string? Source = null,
    string? SourceTitle = null)
{
    public bool IsOpen => Status != ActionStatus.Done;

    public bool IsOverdue(DateOnly today) => IsOpen && Due < today;

    public ActionItem MarkDone() => this with { Status = ActionStatus.Done };

    /// <summary>A new due date; the escalation may happen again for the new date.</summary>
    public ActionItem Postpone(DateOnly newDue) => newDue > Due ? this with { Status = ActionStatus.Postponed, Due = newDue, EscalatedAt = null } : this;

    /// <summary>The owner erased their data: the action stays the partnership's, without a name or id of its owner.</summary>
    public bool OwnerRemoved => OwnerId is null && OwnerName.Length == 0;

    /// <summary>
    /// The action without the person who asked to be forgotten: as owner their name and id go (the action
    /// stays, ownerless), as its recorder their id goes. Anyone else's action is returned unchanged.
    /// </summary>
    public ActionItem WithoutPerson(Func<string?, bool> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var erased = names(OwnerId) ? this with { OwnerName = string.Empty, OwnerId = null } : this;
        return names(CreatedBy) ? erased with { CreatedBy = string.Empty } : erased;
    }

    public bool IsOwnedBy(string? userId, string? aadObjectId) =>
        OwnerId is not null && (string.Equals(OwnerId, userId, StringComparison.Ordinal) || string.Equals(OwnerId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
