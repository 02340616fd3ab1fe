using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

/// <summary>
/// When a participant finishes a quick check in their 1:1 chat, its outcome (role and risk per pitfall,
/// never the answers) is recorded in each open round they joined.
/// </summary>
internal sealed class RoundResultRecorder(RoundStore store, ILogger<RoundResultRecorder> logger) : IEngineTurnObserver
{
    public async Task OnEngineTurnAsync(Activity activity, TurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Outputs.OfType<ResultsOutput>().FirstOrDefault()?.Report;
        if (report is not { Kind: CheckKind.Quick } || activity.TenantId is not { Length: > 0 } tenantId
            || activity.Conversation?.ConversationType is not (null or "personal") || activity.From?.Id is not { } userId)
        {
            return;
        }

        var participation = await store.ParticipationAsync(RoundKeys.Participation(activity), cancellationToken);
        var response = new RoundResponse(userId, report.Role, report.Pitfalls.ToDictionary(p => p.PitfallId, p => p.Risk, StringComparer.Ordinal), [], report.CompletedAt);
        foreach (var roundId in participation.RoundIds)
        {
            var updated = await store.UpdateAsync(tenantId, roundId, d => d with { Round = d.Round.Record(response) }, cancellationToken);
            if (updated?.Round.Responses.Any(r => r.ParticipantId == userId && r.CompletedAt == report.CompletedAt) == true)
            {
                RoundsLog.Recorded(logger, roundId);
            }
        }
    }
}
