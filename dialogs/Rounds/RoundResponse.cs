using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// One participant's finished quick check as a round keeps it: the role and the risk (0–100) per
/// pitfall, plus theme ids found in their free text. No answers, no words they typed.
/// <see cref="Cohort"/> is the index of the cohort that admitted it to the released figures, or null
/// while it waits for enough others of its role.
/// </summary>
public sealed record RoundResponse(
    string ParticipantId,
    Role Role,
    IReadOnlyDictionary<string, int> Risks,
    IReadOnlyList<string> ThemeIds,
    DateTimeOffset CompletedAt,
    int? Cohort = null)
{
    public bool IsReleased => Cohort is not null;
}
