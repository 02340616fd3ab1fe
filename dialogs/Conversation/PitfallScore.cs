using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A pitfall's risk as stored in history.</summary>
public sealed record PitfallScore(string PitfallId, int Risk, RiskLevel Level);
