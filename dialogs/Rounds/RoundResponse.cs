using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// One participant's finished quick check as a round keeps it: the role and the risk (0–100) per
/// pitfall, plus theme ids found in their free text. No answers, no words they typed.
/// </summary>
public sealed record RoundResponse(
    string ParticipantId,
    Role Role,
    IReadOnlyDictionary<string, int> Risks,
    IReadOnlyList<string> ThemeIds,
    DateTimeOffset CompletedAt);
