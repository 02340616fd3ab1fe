namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A pitfall the analyzer recognised in the user's words, with the phrases that showed it.</summary>
public sealed record AdviceRecognition(string PitfallId, string PitfallTitle, IReadOnlyList<string> Phrases);
