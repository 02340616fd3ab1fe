namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The answer to one item: an option value, a free text (<see cref="Text"/>), or skipped (both null).
/// Free text stays in conversation state only while the check runs; it is never copied to the profile.
/// </summary>
public sealed record AnswerEntry(string ItemId, string? Value, string? Text);
