using System.Diagnostics;

namespace PartnershipBot.Telemetry;

/// <summary>
/// The bot's telemetry names, in one place like the logging event ids: its ActivitySource and Meter,
/// every instrument, every tag key. Tag values are bounded sets chosen by code (an activity type
/// from a fixed list, an outcome, an HTTP status) — never what a user typed, a name or a user id.
/// </summary>
internal static class BotTelemetry
{
    public const string SourceName = "PartnershipBot";
    public const string MeterName = "PartnershipBot";

    /// <summary>The error type of a connector call that got no HTTP answer at all.</summary>
    public const string NoAnswer = "no_answer";

    public static readonly ActivitySource Source = new(SourceName);

    public static class Spans
    {
        public const string Turn = "bot.turn";
        public const string Connector = "bot.connector";
        public const string Storage = "bot.storage";
        public const string Reminder = "bot.reminder";
    }

    public static class Instruments
    {
        public const string Turns = "partnershipbot.turns";
        public const string TurnDuration = "partnershipbot.turn.duration";
        public const string ConnectorFailures = "partnershipbot.connector.failures";
        public const string RemindersFired = "partnershipbot.reminders.fired";
        public const string RemindersFailed = "partnershipbot.reminders.failed";
        public const string RemindersMisfired = "partnershipbot.reminders.misfired";
        public const string SchedulerBacklog = "partnershipbot.scheduler.backlog";
        public const string OpenRounds = "partnershipbot.rounds.open";
    }

    public static class Tags
    {
        /// <summary>One of <see cref="ActivityTypeTag"/>'s values.</summary>
        public const string ActivityType = "bot.activity.type";

        /// <summary><see cref="Outcomes"/>.</summary>
        public const string Outcome = "bot.outcome";

        /// <summary>The connector operation (send, reply, update, …): a constant of the client.</summary>
        public const string ConnectorOperation = "bot.connector.operation";

        /// <summary>The HTTP status the connector answered (an integer).</summary>
        public const string HttpStatus = "http.response.status_code";

        /// <summary>Why a call has no status: <see cref="NoAnswer"/>.</summary>
        public const string ErrorType = "error.type";

        /// <summary>read, write, delete, delete-prefix.</summary>
        public const string StorageOperation = "bot.storage.operation";

        /// <summary>The configured provider: sqlite or postgresql.</summary>
        public const string StorageSystem = "db.system.name";

        public const string StorageItems = "bot.storage.items";

        /// <summary>A reminder kind: a constant of the feature that schedules it.</summary>
        public const string ReminderKind = "bot.reminder.kind";
    }

    public static class Outcomes
    {
        public const string Ok = "ok";
        public const string Failed = "failed";
        public const string Cancelled = "cancelled";
        public const string Conflict = "conflict";
        public const string Deferred = "deferred";
    }
}
