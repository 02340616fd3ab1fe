namespace PartnershipBot.Dialogs.Advisor;

/// <summary>What a passage of guidance says: what to do, why it works, how the pitfall shows, or a first step for one role.</summary>
internal enum PassageKind
{
    Do,
    Why,
    Sign,
    Step,
}
