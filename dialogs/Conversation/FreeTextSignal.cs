namespace PartnershipBot.Dialogs.Conversation;

/// <summary>What a free-text analyzer found for one pitfall: a score 0–1 and the phrases that triggered it.</summary>
public sealed record FreeTextSignal(string PitfallId, double Score, IReadOnlyList<string> Phrases);
