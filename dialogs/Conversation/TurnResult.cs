namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The new state and profile to save (once, at the end of the turn) and the messages to send, in order.</summary>
public sealed record TurnResult(DialogState State, UserProfile Profile, IReadOnlyList<BotOutput> Outputs)
{
    /// <summary>
    /// The user asked to erase everything stored about them: the host deletes their stored data
    /// instead of saving <see cref="State"/> and <see cref="Profile"/> (which are empty then).
    /// </summary>
    public bool EraseUserData { get; init; }

    /// <summary>A check finished: its report to keep beside the profile, so <c>geschiedenis</c> can reopen it.</summary>
    public ResultSnapshot? Snapshot { get; init; }
}
