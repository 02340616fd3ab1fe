using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// What only the round's consultant or an admin may do: follow progress, release and share figures,
/// close, plan follow-up reminders. Figures always go to the asker privately first; the channel sees a
/// release only when the consultant shares it. Every lookup is by the asking activity's tenant, so
/// another tenant's round id finds nothing.
/// </summary>
internal sealed class RoundManager(
    RoundStore store,
    RoundLanguages languages,
    RoundResultsPoster poster,
    Actions.ActionStore actions,
    IReminderScheduler scheduler,
    IConnectorClient connector,
    IOptions<RoundsOptions> options,
    TimeProvider time,
    ILogger<RoundManager> logger)
{
    /// <summary>"ronde resultaten": the private progress view, with the latest release if there is one.</summary>
    public async Task ResultsAsync(TurnContext turn, string tenantId, string? roundId, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "results", ct) is not { } document)
        {
            return;
        }

        var ui = RoundUi.For(await languages.InTurnAsync(turn.Activity, ct));
        var sent = await SendProgressAsync(document, turn.Activity.From!, turn, ct);
        await AcknowledgeAsync(turn, sent, ui.SentProgressPrivately, ui, ct);
    }

    /// <summary>An interim release, when the release rule allows a new one; otherwise the progress view says why not.</summary>
    public async Task ReleaseAsync(TurnContext turn, string tenantId, string? roundId, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "release", ct) is not { } document)
        {
            return;
        }

        var previous = await store.PreviousAsync(document, ct);
        var now = time.GetUtcNow();
        var updated = await store.UpdateAsync(tenantId, document.Round.Id, d => d with { Round = RoundReleaser.Release(d.Round, now, previous?.Round.FinalRelease, previous?.Round.Id) }, ct) ?? document;
        var ui = RoundUi.For(await languages.InTurnAsync(turn.Activity, ct));
        bool sent;
        if (updated.Round.LatestRelease is { } release && release.Sequence != document.Round.LatestRelease?.Sequence)
        {
            RoundsLog.Released(logger, updated.Round.Id, release.Sequence, release.Final);
            sent = await SendReleaseAsync(updated, release, turn.Activity.From!, turn, ct);
        }
        else
        {
            sent = await SendProgressAsync(updated, turn.Activity.From!, turn, ct);
        }

        await AcknowledgeAsync(turn, sent, ui.SentPrivately, ui, ct);
    }

    /// <summary>Posts one release (by its sequence, or the latest) in the round's channel, exactly as released.</summary>
    public async Task ShareAsync(TurnContext turn, string tenantId, string? roundId, string? sequenceText, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "share", ct) is not { } document)
        {
            return;
        }

        var ui = RoundUi.For(document.Language);
        var sequence = int.TryParse(sequenceText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        var release = document.Round.ReleaseHistory.FirstOrDefault(r => r.Sequence == sequence) ?? document.Round.LatestRelease;
        if (release is null)
        {
            await RoundReplies.ReplyAsync(turn, ui.NothingReleased, ct);
            return;
        }

        await poster.ShareAsync(document, release, turn, ct);
        if (!string.Equals(turn.Activity.Conversation?.Id, document.Channel.Conversation?.Id, StringComparison.Ordinal))
        {
            await RoundReplies.ReplyAsync(turn, ui.Shared, ct);
        }

        RoundReplies.Acknowledge(turn);
    }

    /// <summary>Closes the round with its final release, which goes privately to the asker; the channel only hears that it closed.</summary>
    public async Task CloseAsync(TurnContext turn, string tenantId, string? roundId, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "close", ct) is not { } document)
        {
            return;
        }

        var wasOpen = document.Round.IsOpen;
        var closed = wasOpen ? await CloseRoundAsync(document, ct) : document;
        var ui = RoundUi.For(await languages.InTurnAsync(turn.Activity, ct));
        var sent = closed.Round.FinalRelease is { } final && await SendReleaseAsync(closed, final, turn.Activity.From!, turn, ct);
        if (wasOpen)
        {
            var channel = RoundUi.For(await languages.ChannelAsync(closed, ct));
            await poster.NoticeInChannelAsync(closed, channel.ClosedInChannel(closed.Round.PartnershipName), turn, ct);
        }

        await AcknowledgeAsync(turn, sent, ui.SentPrivately, ui, ct);
    }

    /// <summary>
    /// The closing date passed. The final release goes privately to the consultant; a round whose
    /// consultant erased their data posts its final release in its channel, as planned.
    /// </summary>
    public async Task CloseOnScheduleAsync(string tenantId, string roundId, CancellationToken ct)
    {
        if (await store.GetAsync(tenantId, roundId, ct) is not { Round.IsOpen: true } document)
        {
            return; // deleted, or already closed by the consultant (who then received the results)
        }

        var closed = await CloseRoundAsync(document, ct);
        var ui = RoundUi.For(await languages.ChannelAsync(closed, ct));
        await poster.NoticeInChannelAsync(closed, ui.ClosedInChannel(closed.Round.PartnershipName), null, ct);
        if (closed.Round.FinalRelease is not { } final)
        {
            return;
        }

        if (closed.HasConsultant)
        {
            await SendReleaseAsync(closed, final, closed.Consultant, null, ct);
        }
        else
        {
            await poster.ShareAsync(closed, final, null, ct);
        }
    }

    /// <summary>A member asks for no more reminders about this round (anyone may, for themselves only).</summary>
    public async Task OptOutAsync(TurnContext turn, string tenantId, string roundId, CancellationToken ct)
    {
        var userId = turn.Activity.From!.Id!;
        var updated = await store.UpdateAsync(tenantId, roundId, d => d.WithOptOut(userId), ct);
        var ui = RoundUi.For(await languages.InTurnAsync(turn.Activity, ct));
        await RoundReplies.ReplyAsync(turn, updated is null ? ui.NoRound : ui.OptedOut, ct);
    }

    /// <summary>A reminder to those who joined but have not finished, <paramref name="daysText"/> days before closing.</summary>
    public async Task RemindNonRespondentsAsync(TurnContext turn, string tenantId, string? roundId, string? daysText, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "remind", ct) is not { } document)
        {
            return;
        }

        var days = Math.Clamp(ParseInt(daysText) ?? 3, 1, 14);
        var language = await languages.InTurnAsync(turn.Activity, ct);
        var ui = RoundUi.For(language);
        var due = document.Round.ClosesAt.AddDays(-days);
        var now = time.GetUtcNow();
        var spec = new ReminderSpec(tenantId, turn.Activity.From!.Id!, RoundReminderKinds.NonRespondents, document.Round.Id, RoundReminderKinds.Payload(document.Round.Id), due > now ? due : now, null, ui.RemindDescription(document.Round.PartnershipName, days));
        var scheduled = await scheduler.ScheduleAsync(spec, ct);
        await RoundReplies.ReplyAsync(turn, ui.ReminderScheduled(spec.Description + " · " + RoundStarter.FormatMoment(scheduled.NextDueUtc ?? spec.FirstDueUtc, language)), ct);
    }

    /// <summary>A re-check round in <paramref name="monthsText"/> months; the consultant is reminded to start it.</summary>
    public async Task RecheckAsync(TurnContext turn, string tenantId, string? roundId, string? monthsText, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "recheck", ct) is not { } document)
        {
            return;
        }

        var months = Math.Clamp(ParseInt(monthsText) ?? 6, 1, 24);
        var language = await languages.InTurnAsync(turn.Activity, ct);
        var ui = RoundUi.For(language);
        var spec = new ReminderSpec(tenantId, turn.Activity.From!.Id!, RoundReminderKinds.Recheck, RoundReminderKinds.RecheckSubject(document.Round.Id), RoundReminderKinds.Payload(document.Round.Id), time.GetUtcNow().AddMonths(months), null, ui.RecheckDescription(document.Round.PartnershipName, months));
        var scheduled = await scheduler.ScheduleAsync(spec, ct);
        await RoundReplies.ReplyAsync(turn, ui.ReminderScheduled(spec.Description + " · " + RoundStarter.FormatMoment(scheduled.NextDueUtc ?? spec.FirstDueUtc, language)), ct);
    }

    /// <summary>Final release, frozen; the round's remaining closing and non-respondent reminders are cancelled.</summary>
    private async Task<RoundDocument> CloseRoundAsync(RoundDocument document, CancellationToken ct)
    {
        var previous = await store.PreviousAsync(document, ct);
        var now = time.GetUtcNow();
        var closed = await store.UpdateAsync(document.Round.TenantId, document.Round.Id, d => d with { Round = RoundReleaser.Close(d.Round, now, previous?.Round.FinalRelease, previous?.Round.Id) }, ct) ?? document;
        await scheduler.CancelForSubjectAsync(document.Round.TenantId, document.Round.Id, ct);
        RoundsLog.Closed(logger, document.Round.Id);
        if (closed.Round.FinalRelease is { } final)
        {
            RoundsLog.Released(logger, closed.Round.Id, final.Sequence, final: true);
        }

        return closed;
    }

    private async Task<bool> SendProgressAsync(RoundDocument document, ChannelAccount user, TurnContext? turn, CancellationToken ct)
    {
        // The card goes to one person: in their language, not the round's.
        var progress = RoundProgressBuilder.Build(document.Round, await InvitedAsync(document, ct), await languages.PersonAsync(document, user.Id, ct));
        var sent = await poster.SendPrivatelyAsync(document, user, RoundReplies.Card(RoundCards.Progress(progress)), turn, ct);
        if (sent && document.Round.LatestRelease is { } latest)
        {
            await SendReleaseAsync(document, latest, user, turn, ct);
        }

        return sent;
    }

    private async Task<bool> SendReleaseAsync(RoundDocument document, RoundRelease release, ChannelAccount user, TurnContext? turn, CancellationToken ct)
    {
        var view = RoundResultsBuilder.Build(document.Round, release, await languages.PersonAsync(document, user.Id, ct));
        var card = RoundCards.Results(view, RoundCardAudience.Consultant, await ConsultantExtrasAsync(document, release, ct));
        return await poster.SendPrivatelyAsync(document, user, RoundReplies.Card(card), turn, ct);
    }

    /// <summary>
    /// The chart of the release's figures, the partnership (for "Maak actie" on a role gap) and, when the
    /// partnership had an earlier round, the actions recorded since that round began, with their status.
    /// </summary>
    private async Task<RoundResultsExtras> ConsultantExtrasAsync(RoundDocument document, RoundRelease release, CancellationToken ct)
    {
        var round = document.Round;
        if (round.PartnershipId is not { } id || await store.PartnershipAsync(round.TenantId, id, ct) is not { } partnership)
        {
            return RoundResultsExtras.ChartOnly(release);
        }

        var previous = await store.PreviousAsync(document, ct);
        var register = previous is null ? null : (await actions.GetAsync(round.TenantId, partnership, ct)).Actions;
        return RoundResultsExtras.ForConsultant(release, partnership.Id, previous?.Round, register);
    }

    /// <summary>The conversation's members (without the bot), or null when the channel will not say.</summary>
    private async Task<int?> InvitedAsync(RoundDocument document, CancellationToken ct)
    {
        try
        {
            var members = await connector.GetConversationMembersAsync(document.Channel.ServiceUrl!, document.Channel.Conversation!.Id!, ct);
            return members.Count(m => m.Id is not null && m.Id != document.Channel.Bot?.Id);
        }
        catch (ConnectorException)
        {
            return null;
        }
    }

    /// <summary>In the channel the asker hears only where the figures went; in their 1:1 chat the cards say it all.</summary>
    private static async Task AcknowledgeAsync(TurnContext turn, bool sent, string sentText, RoundUi ui, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.ConversationType is null or "personal")
        {
            if (!sent)
            {
                await RoundReplies.ReplyAsync(turn, ui.CouldNotSendPrivately, ct);
            }

            RoundReplies.Acknowledge(turn);
            return;
        }

        await RoundReplies.ReplyAsync(turn, sent ? sentText : ui.CouldNotSendPrivately, ct);
    }

    /// <summary>
    /// The round (by id, or the latest one in this conversation, or in a 1:1 chat the latest the asker runs)
    /// if the asker is its consultant or an admin; otherwise says why not.
    /// </summary>
    private async Task<RoundDocument?> AuthorisedRoundAsync(TurnContext turn, string tenantId, string? roundId, string action, CancellationToken ct)
    {
        var activity = turn.Activity;
        var document = roundId is not null ? await store.GetAsync(tenantId, roundId, ct) : await LatestForAsync(tenantId, activity, ct);
        var ui = RoundUi.For(await languages.InTurnAsync(activity, ct));
        if (document is null)
        {
            RoundsLog.Refused(logger, roundId ?? "-", action);
            await RoundReplies.ReplyAsync(turn, ui.NoRound, ct);
            return null;
        }

        if (!IsConsultantOrAdmin(document, activity.From))
        {
            RoundsLog.Refused(logger, document.Round.Id, action);
            await RoundReplies.ReplyAsync(turn, ui.NotAllowed, ct);
            return null;
        }

        return document;
    }

    private async Task<RoundDocument?> LatestForAsync(string tenantId, Activity activity, CancellationToken ct)
    {
        var index = await store.IndexAsync(tenantId, ct);
        if (activity.Conversation?.ConversationType is not (null or "personal"))
        {
            return index.LatestIn(activity.Conversation!.Id!) is { } entry ? await store.GetAsync(tenantId, entry.Id, ct) : null;
        }

        foreach (var entry in index.Rounds.OrderByDescending(r => r.CreatedAt))
        {
            if (await store.GetAsync(tenantId, entry.Id, ct) is { } candidate && IsConsultantOrAdmin(candidate, activity.From))
            {
                return candidate;
            }
        }

        return null;
    }

    private bool IsConsultantOrAdmin(RoundDocument document, ChannelAccount? user) =>
        user?.Id is { } id && ((document.HasConsultant && string.Equals(id, document.Round.ConsultantId, StringComparison.Ordinal)) || options.Value.IsAdmin(id, user.AadObjectId));

    private static int? ParseInt(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;
}
