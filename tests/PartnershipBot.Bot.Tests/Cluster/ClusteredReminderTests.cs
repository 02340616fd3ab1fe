using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Scheduling;
using PartnershipBot.Bot.Tests.Storage;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Cluster;

/// <summary>
/// Reminders on the clustered scheduler: three bot processes on one PostgreSQL database, reminders due
/// in the same few seconds, and the instance holding some of them killed just before they are due.
/// Counted at the stub connector, each reminder arrives exactly once. Quartz runs on real time across
/// processes, so the due time is seconds away and every wait is for a condition, within a deadline.
/// </summary>
public sealed class ClusteredReminderTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Reminders = 6;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task RemindersDueTogether_OneOfThreeInstancesKilledBeforeDue_EachDeliveredExactlyOnce()
    {
        var connectionString = database.ConnectionString;
        await using var connector = await RecordingConnector.StartAsync();
        var settings = ReminderSettings.AlwaysWorking(
            ("Storage:Provider", "Postgres"),
            ("ConnectionStrings:Postgres", connectionString),
            ("Reminders:ClusterCheckinInterval", "00:00:01"),
            // An idle node looks every ~10 s for triggers due within its next 10 s, so with the reminders 12 s away
            // each node takes one ahead of time (one per look: Quartz's batch size is 1).
            ("Reminders:SchedulerPollInterval", "00:00:10"),
            ("Reminders:MisfireThreshold", "00:00:05"));
        var nodes = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            BotProcess.StartAsync(new Dictionary<string, string?>(settings) { ["Reminders:SchedulerInstanceId"] = $"node-{i}" })));
        try
        {
            // The reminders are written by a host whose scheduler never runs, so only the three nodes deliver.
            await using (var writer = await TestBotHost.StartAsync(settings: settings, configure: TestBotHost.WithoutSchedulerRunning))
            {
                var scheduler = writer.Services.GetRequiredService<IReminderScheduler>();
                var due = DateTimeOffset.UtcNow.AddSeconds(12);
                foreach (var i in Enumerable.Range(0, Reminders))
                {
                    await scheduler.ScheduleAsync(FollowUp(connector, i, due), default);
                }

                // Each node takes one due trigger at a time; kill a node that holds one, before it is due.
                var holder = await WaitForAsync(() => AcquiredByAsync(connectionString), owner => owner is not null, due.AddSeconds(-1.5));
                Assert.True(holder is not null, "No node had taken a reminder a second before it was due. " + await DumpAsync(connectionString) + nodes[0].Output);
                var victim = nodes[int.Parse(holder!["node-".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1];
                Assert.True(DateTimeOffset.UtcNow < due, "The node was to be killed before the reminders were due.");
                victim.Kill();
            }

            await WaitForAsync(() => Task.FromResult(Delivered(connector).Count), n => n >= Reminders, DateTimeOffset.UtcNow + Patience);
            // Done means nothing left to fire and nothing in flight: only then is "exactly once" final.
            var left = await WaitForAsync(() => PendingAsync(connectionString), n => n == 0, DateTimeOffset.UtcNow + Patience);

            Assert.Equal(0, left);
            var delivered = Delivered(connector);
            Assert.Equal(Enumerable.Range(0, Reminders).Select(Marker), delivered.Order(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    private static string Marker(int i) => $"cluster-marker-{i}";

    /// <summary>The marker of every follow-up card the connector received, one entry per message.</summary>
    private static List<string> Delivered(RecordingConnector connector) =>
        [.. connector.Requests
            .Where(r => r.Method == "POST" && r.RawTarget.EndsWith("/activities", StringComparison.Ordinal))
            .SelectMany(r => Enumerable.Range(0, Reminders).Select(Marker).Where(m => r.Body.Contains(m, StringComparison.Ordinal)))];

    private static async Task<string?> AcquiredByAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'ACQUIRED' ORDER BY instance_name LIMIT 1", connection);
        return await query.ExecuteScalarAsync() as string;
    }

    private static async Task<string> DumpAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT 'T ' || trigger_name || ' ' || trigger_state || ' ' || coalesce(next_fire_time::text,'-') FROM qrtz_triggers UNION ALL SELECT 'F ' || instance_name || ' ' || state FROM qrtz_fired_triggers UNION ALL SELECT 'S ' || instance_name FROM qrtz_scheduler_state", connection);
        await using var reader = await query.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines) + " now=" + DateTimeOffset.UtcNow.Ticks;
    }

    private static async Task<long> PendingAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT (SELECT count(*) FROM qrtz_triggers) + (SELECT count(*) FROM qrtz_fired_triggers)", connection);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>Asks until <paramref name="done"/> holds or <paramref name="deadline"/> passes; returns the last answer.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> ask, Func<T, bool> done, DateTimeOffset deadline)
    {
        while (true)
        {
            var answer = await ask();
            if (done(answer) || DateTimeOffset.UtcNow >= deadline)
            {
                return answer;
            }

            await Task.Delay(100);
        }
    }

    private static ReminderSpec FollowUp(RecordingConnector connector, int i, DateTimeOffset due) => new(
        Activities.Tenant,
        $"29:cluster-user-{i}",
        FollowUpReminderHandler.FollowUpKind,
        "follow-up",
        new FollowUpPayload(connector.ServiceUrl, "msteams", Activities.BotId, "PartnershipBot", $"29:cluster-user-{i}", "Gebruiker", "Jan", Marker(i), "nl-NL").ToJson(),
        due,
        null,
        "Afspraak: " + Marker(i));
}
