using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Reminders;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// Starts a round in a channel or group chat: finds or creates its partnership, stores the round, plans
/// its closing, posts the invitation there.
/// </summary>
internal sealed class RoundStarter(RoundStore store, RoundLanguages languages, IReminderScheduler scheduler, IOptions<RoundsOptions> options, IOptions<ReminderOptions> reminderOptions, TimeProvider time, ILogger<RoundStarter> logger)
{
    /// <summary>Rounds close at this local time on their closing day: inside working hours, so the close job is never deferred.</summary>
    public static readonly TimeSpan ClosingTime = TimeSpan.FromHours(16);

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private readonly WorkingHours _hours = reminderOptions.Value.ToWorkingHours();

    public static bool IsGroupConversation(TurnContext turn) =>
        turn.Activity.Conversation?.ConversationType is "channel" or "groupChat";

    /// <summary>The form card, with the name pre-filled when it was typed.</summary>
    public async Task ShowFormAsync(TurnContext turn, string? name, CancellationToken ct)
    {
        var language = await languages.InTurnAsync(turn.Activity, ct);
        var closing = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).Date).AddDays(options.Value.DefaultClosingDays);
        await turn.SendActivityAsync(RoundReplies.Card(RoundCards.StartForm(language, name, closing)), ct);
        RoundReplies.Acknowledge(turn);
    }

    public async Task StartAsync(TurnContext turn, string tenantId, string name, string? closingDate, string? minimumSize, CancellationToken ct)
    {
        var activity = turn.Activity;
        // The consultant's own language: the invitation and later channel posts are in it.
        var language = await languages.InTurnAsync(activity, ct);
        var now = time.GetUtcNow();
        var starter = activity.From!;
        var conversationId = activity.Conversation!.Id!;
        var partnership = await PartnershipForAsync(tenantId, conversationId, name.Trim(), starter.Id!, starter.AadObjectId, now, ct);
        var round = Round.Start(Guid.NewGuid().ToString("N"), tenantId, name, starter.Id!, now, ClosesAt(closingDate, now), ParseInt(minimumSize), partnership.Id);
        var document = new RoundDocument(round, language, RoundReplies.ChannelReferenceOf(activity), starter, new Dictionary<string, ParticipantContact>());
        await store.CreateAsync(document, new RoundIndexEntry(round.Id, round.PartnershipName, conversationId, now, partnership.Id), ct);
        await store.AddTenantAsync(tenantId, ct);
        RoundsLog.Started(logger, round.Id);

        var ui = RoundUi.For(language);
        // The close job belongs to the system, not to the consultant: their erasure or a tidy-up of their own reminders never stops the round closing.
        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, RoundReminderKinds.SystemOwner, RoundReminderKinds.Close, round.Id, RoundReminderKinds.Payload(round.Id), round.ClosesAt, null, ui.CloseDescription(round.PartnershipName)), ct);
        await RoundRetention.EnsureScheduledAsync(store, scheduler, tenantId, now, ct);

        var closes = FormatMoment(round.ClosesAt, language);
        await RoundReplies.ReplyAsync(turn, ui.Started(round.PartnershipName, closes), ct);
        await turn.SendActivityAsync(RoundReplies.Card(RoundCards.Invitation(language, round.Id, round.PartnershipName, closes, round.MinimumGroupSize)), ct);
    }

    /// <summary>Date and time, as the round will really close: "9 december 2026 om 16:00".</summary>
    public static string FormatMoment(DateTimeOffset moment, Language language)
        => Dialogs.Content.Texts.DisplayDates.DayDateAndTime(moment, language);

    /// <summary>
    /// The partnership this conversation already has under this name, if the starter is one of its
    /// consultants or an admin; otherwise a new one. A second consultant elsewhere, or without access,
    /// gets a partnership of their own and never sees another's trend.
    /// </summary>
    private async Task<Partnership> PartnershipForAsync(string tenantId, string conversationId, string name, string userId, string? aadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        var index = await store.IndexAsync(tenantId, ct);
        var isAdmin = options.Value.IsAdmin(userId, aadObjectId);
        foreach (var partnershipId in index.Rounds.Where(r => r.PartnershipId is not null && r.ConversationId == conversationId).OrderByDescending(r => r.CreatedAt).Select(r => r.PartnershipId!).Distinct())
        {
            if (await store.PartnershipAsync(tenantId, partnershipId, ct) is { } existing && existing.Matches(conversationId, name) && (existing.HasConsultant(userId) || isAdmin))
            {
                return existing;
            }
        }

        var created = new Partnership(Guid.NewGuid().ToString("N"), tenantId, name, conversationId, [userId], now);
        await store.UpdatePartnershipAsync(tenantId, created.Id, _ => created, ct);
        return created;
    }

    /// <summary>
    /// The chosen date (or the default period) at <see cref="ClosingTime"/> Amsterdam time, moved to the
    /// next working moment when that day is a weekend or public holiday; what the card says is this moment.
    /// </summary>
    private DateTimeOffset ClosesAt(string? closingDate, DateTimeOffset now)
    {
        var date = DateOnly.TryParseExact(closingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen) && AtClosingTime(chosen) > now
            ? chosen
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Amsterdam).Date).AddDays(options.Value.DefaultClosingDays);
        return _hours.NextWorkingMoment(AtClosingTime(date));
    }

    private static DateTimeOffset AtClosingTime(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.FromTimeSpan(ClosingTime));
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    private static int? ParseInt(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;
}
