using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Rounds;

/// <summary>"Leave round": the participant withdraws from every round they joined; their outcome leaves the aggregates.</summary>
internal sealed class RoundLeaver(RoundStore store, RoundLanguages languages)
{
    public async Task LeaveAsync(TurnContext turn, string tenantId, CancellationToken ct)
    {
        var activity = turn.Activity;
        var key = RoundKeys.Participation(activity);
        var participation = await store.ParticipationAsync(key, ct);
        var left = 0;
        foreach (var roundId in participation.RoundIds)
        {
            if (await store.UpdateAsync(tenantId, roundId, d => d.Without(activity.From!.Id!), ct) is not null)
            {
                left++;
            }
        }

        await store.UpdateParticipationAsync(key, _ => Participation.Empty(), ct);
        await RoundReplies.ReplyAsync(turn, RoundUi.For(await languages.InTurnAsync(activity, ct)).Left(left), ct);
    }
}
