using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

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

    /// <summary>
    /// What a round keeps of a finished check: its role and its scored pitfalls. A pitfall without a score
    /// (too few answers, "weet ik niet") is missing, not a 0, so it stays out of the means.
    /// </summary>
    public static RoundResponse Of(string participantId, CheckReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(participantId);
        ArgumentNullException.ThrowIfNull(report);
        var risks = report.Pitfalls.Where(p => p.Level != RiskLevel.Unknown).ToDictionary(p => p.PitfallId, p => p.Risk, StringComparer.Ordinal);
        return new RoundResponse(participantId, report.Role, risks, [], report.CompletedAt);
    }
}
