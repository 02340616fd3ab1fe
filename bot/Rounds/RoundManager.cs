using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// What only the round's consultant or an admin may do: close, see results, plan follow-up reminders.
/// Every lookup is by the asking activity's tenant, so another tenant's round id finds nothing.
/// </summary>
internal sealed class RoundManager(RoundStore store, RoundResultsPoster poster, IReminderScheduler scheduler, IOptions<RoundsOptions> options, TimeProvider time, ILogger<RoundManager> logger)
{
    public async Task CloseAsync(TurnContext turn, string tenantId, string? roundId, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "close", ct) is not { } document)
        {
            return;
        }

        var closed = await store.UpdateAsync(tenantId, document.Round.Id, d => d with { Round = d.Round.Close() }, ct) ?? document;
        RoundsLog.Closed(logger, document.Round.Id);
        RoundReplies.Acknowledge(turn);
        await poster.PostAsync(closed, turn, ct);
    }

    public async Task ResultsAsync(TurnContext turn, string tenantId, string? roundId, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "results", ct) is not { } document)
        {
            return;
        }

        RoundReplies.Acknowledge(turn);
        await poster.PostAsync(document, turn, ct);
    }

    /// <summary>A reminder to those who joined but have not finished, <paramref name="daysText"/> days before closing.</summary>
    public async Task RemindNonRespondentsAsync(TurnContext turn, string tenantId, string? roundId, string? daysText, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "remind", ct) is not { } document)
        {
            return;
        }

        var days = Math.Clamp(ParseInt(daysText) ?? 3, 1, 14);
        var ui = RoundUi.For(document.Language);
        var due = document.Round.ClosesAt.AddDays(-days);
        var now = time.GetUtcNow();
        var spec = new ReminderSpec(tenantId, turn.Activity.From!.Id!, RoundReminderKinds.NonRespondents, document.Round.Id, RoundReminderKinds.Payload(document.Round.Id), due > now ? due : now, null, ui.RemindDescription(document.Round.PartnershipName, days));
        var scheduled = await scheduler.ScheduleAsync(spec, ct);
        await RoundReplies.ReplyAsync(turn, ui.ReminderScheduled(spec.Description + " · " + RoundStarter.FormatDate(scheduled.NextDueUtc ?? spec.FirstDueUtc, document.Language)), ct);
    }

    /// <summary>A re-check round in <paramref name="monthsText"/> months; the consultant is reminded to start it.</summary>
    public async Task RecheckAsync(TurnContext turn, string tenantId, string? roundId, string? monthsText, CancellationToken ct)
    {
        if (await AuthorisedRoundAsync(turn, tenantId, roundId, "recheck", ct) is not { } document)
        {
            return;
        }

        var months = Math.Clamp(ParseInt(monthsText) ?? 6, 1, 24);
        var ui = RoundUi.For(document.Language);
        var spec = new ReminderSpec(tenantId, turn.Activity.From!.Id!, RoundReminderKinds.Recheck, document.Round.Id, RoundReminderKinds.Payload(document.Round.Id), time.GetUtcNow().AddMonths(months), null, ui.RecheckDescription(document.Round.PartnershipName, months));
        var scheduled = await scheduler.ScheduleAsync(spec, ct);
        await RoundReplies.ReplyAsync(turn, ui.ReminderScheduled(spec.Description + " · " + RoundStarter.FormatDate(scheduled.NextDueUtc ?? spec.FirstDueUtc, document.Language)), ct);
    }

    /// <summary>The round (by id, or the latest one in this conversation) if the caller is its consultant or an admin; otherwise says why not.</summary>
    private async Task<RoundDocument?> AuthorisedRoundAsync(TurnContext turn, string tenantId, string? roundId, string action, CancellationToken ct)
    {
        var activity = turn.Activity;
        roundId ??= (await store.IndexAsync(tenantId, ct)).LatestIn(activity.Conversation!.Id!)?.Id;
        var document = roundId is null ? null : await store.GetAsync(tenantId, roundId, ct);
        var ui = RoundUi.For(document?.Language ?? RoundLanguage.Of(activity));
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

    private bool IsConsultantOrAdmin(RoundDocument document, ChannelAccount? user) =>
        user?.Id is { } id && (string.Equals(id, document.Round.ConsultantId, StringComparison.Ordinal) || options.Value.IsAdmin(id, user.AadObjectId));

    private static int? ParseInt(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;
}
