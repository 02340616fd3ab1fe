using PartnershipBot.Cards.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// "Take part": the participant is added to the round and the bot opens their 1:1 chat (created with the
/// tenant id) with an intro and a button that starts the quick check. When that chat cannot be opened,
/// the consultant — privately — is told how to fix it; the channel sees nothing.
/// </summary>
internal sealed class RoundJoinHandler(RoundStore store, RoundLanguages languages, IProactiveSender sender, ILogger<RoundJoinHandler> logger)
{
    public async Task HandleAsync(TurnContext turn, string tenantId, string? roundId, CancellationToken ct)
    {
        var activity = turn.Activity;
        var user = activity.From!;
        var document = roundId is null ? null : await store.GetAsync(tenantId, roundId, ct);
        // A click counts only from the conversation the invitation was posted in: a forged round id from elsewhere finds nothing.
        if (document is null || !string.Equals(document.Channel.Conversation?.Id, activity.Conversation?.Id, StringComparison.Ordinal))
        {
            RoundsLog.Refused(logger, roundId ?? "-", "join");
            await RoundReplies.ReplyAsync(turn, Dialogs.Rounds.RoundUi.For(await languages.InTurnAsync(activity, ct)).NoRound, ct);
            return;
        }

        // The clicker's stored choice, else the round's language (not the locale: a Dutch round stays Dutch).
        var ui = Dialogs.Rounds.RoundUi.For(await languages.PersonAsync(document, user.Id, ct));
        if (!document.Round.IsOpen)
        {
            await RoundReplies.ReplyAsync(turn, ui.RoundClosed, ct);
            return;
        }

        var joined = await store.UpdateAsync(tenantId, document.Round.Id, d => d.WithContact(user.Id!, d.Contacts.GetValueOrDefault(user.Id!) ?? new ParticipantContact(user, null)) with { Round = d.Round.Join(user.Id!) }, ct);
        await store.UpdateParticipationAsync(RoundKeys.Participation(activity), p => p.RoundIds.Contains(document.Round.Id) ? p : new Participation([.. p.RoundIds, document.Round.Id]), ct);

        var intro = RoundReplies.Card(RoundCards.ParticipantIntro(await languages.PersonAsync(document, user.Id, ct), document.Round.PartnershipName));
        var result = await sender.SendToUserAsync(activity.ServiceUrl!, activity.ChannelId!, tenantId, activity.Recipient!, user, intro, ct);
        RoundsLog.Joined(logger, document.Round.Id, result.Status.ToString());
        if (result.Status == ProactiveStatus.Sent)
        {
            if (result.Reference is { } personal)
            {
                await store.UpdateAsync(tenantId, document.Round.Id, d => d.WithContact(user.Id!, new ParticipantContact(user, personal)), ct);
            }

            await PrivateAckAsync(turn, ui.JoinedToast, ct);
            return;
        }

        await TellConsultantAsync(joined ?? document, activity, user, ct);
        await PrivateAckAsync(turn, ui.NotReachedToast, ct);
    }

    private async Task TellConsultantAsync(RoundDocument document, Activity activity, ChannelAccount user, CancellationToken ct)
    {
        var who = string.IsNullOrWhiteSpace(user.Name) ? user.Id! : user.Name;
        var notice = RoundReplies.Card(RoundCards.NotReachable(await languages.PersonAsync(document, document.Consultant.Id, ct), who, document.Round.PartnershipName));
        await sender.SendToUserAsync(activity.ServiceUrl!, activity.ChannelId!, document.Round.TenantId, activity.Recipient!, document.Consultant, notice, ct);
    }

    /// <summary>Only an invoke can answer the clicker alone; a message in the channel would show who joined, so Submit gets none.</summary>
    private static async Task PrivateAckAsync(TurnContext turn, string text, CancellationToken ct)
    {
        if (RoundReplies.IsInvoke(turn))
        {
            await RoundReplies.ReplyAsync(turn, text, ct);
        }
    }
}
