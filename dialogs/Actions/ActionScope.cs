namespace PartnershipBot.Dialogs.Actions;

/// <summary>
/// Whose register an action goes to: a partnership's (<see cref="PartnershipId"/>, with an owner picked from
/// Teams or typed), or the user's own (null: a personal follow-up whose owner is the user).
/// </summary>
public sealed record ActionScope(string? PartnershipId, string Label)
{
    public bool IsPersonal => PartnershipId is null;
}
