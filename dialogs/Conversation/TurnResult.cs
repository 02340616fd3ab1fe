namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The new state and profile to save (once, at the end of the turn) and the messages to send, in order.</summary>
public sealed record TurnResult(DialogState State, UserProfile Profile, IReadOnlyList<BotOutput> Outputs);
