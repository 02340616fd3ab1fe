using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>Starts a round in a channel or group chat: stores it, plans its closing, posts the invitation there.</summary>
internal sealed class RoundStarter(RoundStore store, IReminderScheduler scheduler, IOptions<RoundsOptions> options, TimeProvider time, ILogger<RoundStarter> logger)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static bool IsGroupConversation(TurnContext turn) =>
        turn.Activity.Conversation?.ConversationType is "channel" or "groupChat";

    /// <summary>The form card, with the name pre-filled when it was typed.</summary>
    public async Task ShowFormAsync(TurnContext turn, string? name, CancellationToken ct)
    {
        var language = RoundLanguage.Of(turn.Activity);
        var closing = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).Date).AddDays(options.Value.DefaultClosingDays);
        await turn.SendActivityAsync(RoundReplies.Card(RoundCards.StartForm(language, name, closing)), ct);
        RoundReplies.Acknowledge(turn);
    }

    public async Task StartAsync(TurnContext turn, string tenantId, string name, string? closingDate, string? minimumSize, CancellationToken ct)
    {
        var activity = turn.Activity;
        var language = RoundLanguage.Of(activity);
        var now = time.GetUtcNow();
        var round = Round.Start(Guid.NewGuid().ToString("N"), tenantId, name, activity.From!.Id!, now, ClosesAt(closingDate, now), ParseInt(minimumSize));
        var document = new RoundDocument(round, language, RoundReplies.ReferenceOf(activity), activity.From, new Dictionary<string, ParticipantContact>());
        await store.CreateAsync(document, new RoundIndexEntry(round.Id, round.PartnershipName, activity.Conversation!.Id!, now), ct);
        RoundsLog.Started(logger, round.Id);

        var ui = RoundUi.For(language);
        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, round.ConsultantId, RoundReminderKinds.Close, round.Id, RoundReminderKinds.Payload(round.Id), round.ClosesAt, null, ui.CloseDescription(round.PartnershipName)), ct);
        await EnsureRetentionAsync(tenantId, now, ct);

        var closes = FormatDate(round.ClosesAt, language);
        await RoundReplies.ReplyAsync(turn, ui.Started(round.PartnershipName, closes), ct);
        await turn.SendActivityAsync(RoundReplies.Card(RoundCards.Invitation(language, round.Id, round.PartnershipName, closes, round.MinimumGroupSize)), ct);
    }

    public static string FormatDate(DateTimeOffset moment, Language language) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language == Language.Nl ? "nl-NL" : "en-GB"));

    /// <summary>One daily retention job per tenant, planned with the tenant's first round.</summary>
    private async Task EnsureRetentionAsync(string tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var index = await store.IndexAsync(tenantId, ct);
        if (index.RetentionScheduled)
        {
            return;
        }

        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, RoundReminderKinds.SystemOwner, RoundReminderKinds.Retention, "rounds", "{}", now.AddDays(1), new ReminderRecurrence(1, RecurrenceUnit.Days), "Rounds retention"), ct);
        await store.UpdateIndexAsync(tenantId, i => i with { RetentionScheduled = true }, ct);
    }

    /// <summary>The chosen date at 17:00 Amsterdam time; a missing or past date gives the default closing period.</summary>
    private DateTimeOffset ClosesAt(string? closingDate, DateTimeOffset now)
    {
        if (DateOnly.TryParseExact(closingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(new TimeOnly(17, 0));
            var closes = new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
            if (closes > now)
            {
                return closes;
            }
        }

        return now.AddDays(options.Value.DefaultClosingDays);
    }

    private static int? ParseInt(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;
}
