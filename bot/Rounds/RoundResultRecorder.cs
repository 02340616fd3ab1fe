using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

/// <summary>
/// When a participant finishes a quick check in their 1:1 chat, its outcome (role and risk per pitfall,
/// never the answers) is recorded in each open round they joined. The participant is told so and asked
/// the round's optional open question, which <see cref="RoundOpenAnswerInterceptor"/> takes.
/// </summary>
internal sealed class RoundResultRecorder(RoundStore store, ILogger<RoundResultRecorder> logger) : IEngineTurnObserver
{
    public async Task<IReadOnlyList<BotOutput>> OnEngineTurnAsync(Activity activity, TurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Outputs.OfType<ResultsOutput>().FirstOrDefault()?.Report;
        if (report is not { Kind: CheckKind.Quick } || activity.TenantId is not { Length: > 0 } tenantId
            || activity.Conversation?.ConversationType is not (null or "personal") || activity.From?.Id is not { } userId)
        {
            return [];
        }

        var key = RoundKeys.Participation(activity);
        var participation = await store.ParticipationAsync(key, cancellationToken);
        var response = RoundResponse.Of(userId, report);
        var recorded = new List<Round>();
        foreach (var roundId in participation.RoundIds)
        {
            var updated = await store.UpdateAsync(tenantId, roundId, d => d with { Round = d.Round.Record(response) }, cancellationToken);
            if (updated?.Round.Responses.Any(r => r.ParticipantId == userId && r.CompletedAt == report.CompletedAt) == true)
            {
                RoundsLog.Recorded(logger, roundId);
                recorded.Add(updated.Round);
            }
        }

        if (recorded.Count == 0)
        {
            return [];
        }

        await store.UpdateParticipationAsync(key, p => p with { AwaitingOpenAnswer = [.. recorded.Select(r => r.Id)] }, cancellationToken);
        var ui = RoundUi.For(report.Language);
        return [new TextOutput(string.Join(" ", recorded.Select(r => ui.Recorded(r.PartnershipName, r.MinimumGroupSize))) + "\n\n" + ui.OpenQuestion)];
    }
}
