using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot;
using PartnershipBot.Bench.Scale;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

// usage: dotnet run -c Release --project bench/scale -- [--store sqlite|postgres] [--postgres CONNSTR]
//        [--respondents 2000] [--reminders 100000] [--history 1000] [--conversations 500]
//        [--port 3998] [--stub-port 3999] [--loadgen-port 3997] [--out FILE] [--phases conversations,history,round,reminders]
// The bot's real host on loopback, a connector stub beside it; one JSON line per figure (see bench/README.md).
var options = ScaleOptions.Parse(args);
var data = Directory.CreateTempSubdirectory("pb-scale-");
await using var stub = await ConnectorStub.StartAsync(options.StubPort);
var configuration = new List<string>
{
    "--urls", $"http://127.0.0.1:{options.Port}",
    $"--Storage:DataDirectory={data.FullName}",
    "--Logging:LogLevel:Default=Warning",
    // Reminders due now fire now: every day is a working day and the working day has no end.
    "--Reminders:WorkdayStart=00:00:00", "--Reminders:WorkdayEnd=23:59:59",
};
for (var day = 0; day < 7; day++)
{
    configuration.Add($"--Reminders:WorkingDays:{day}={(DayOfWeek)day}");
}

if (options.Store == "postgres")
{
    configuration.Add("--Storage:Provider=Postgres");
    configuration.Add($"--ConnectionStrings:Postgres={options.Postgres}");
}

var app = BotApp.Build([.. configuration]);
await app.StartAsync();
var results = new Results(options.Out, options.Store);
var bot = new BotClient(options.Port, options.StubPort);
var storage = app.Services.GetRequiredService<IStorage>();
var size = new DatabaseSize(options.Store, options.Postgres, Path.Combine(data.FullName, "partnershipbot.db"));
try
{
    await results.MachineAsync();
    // The history phase grows a profile the conversations phase made.
    var phases = options.Phases.Split(',');
    if (phases.Contains("conversations") || phases.Contains("history"))
    {
        await ConversationsAsync();
    }

    if (phases.Contains("history"))
    {
        await HistoryAsync();
    }

    if (phases.Contains("round"))
    {
        await RoundAsync();
    }

    if (phases.Contains("reminders"))
    {
        await RemindersAsync();
    }
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    data.Delete(recursive: true);
}

return 0;

// Quick checks through the shared load generator: database size per conversation (dialog, profile, card on screen).
async Task ConversationsAsync()
{
    var before = await size.BytesAsync();
    var run = await LoadGenerator.RunAsync(options.Port, options.LoadgenPort, options.Conversations);
    var after = await size.BytesAsync();
    results.Write("conversations", new()
    {
        ["conversations"] = options.Conversations, ["turnsPerS"] = run["turnsPerS"]?.DeepClone(), ["errors"] = run["errors"]?.DeepClone(),
        ["databaseBytes"] = after, ["bytesPerConversation"] = (after - before) / options.Conversations,
    });
}

// One user's profile grown to N history entries against one with the usual few; the same two turns timed for both.
async Task HistoryAsync()
{
    var tenant = LoadGenerator.Tenant;
    var heavy = StateKeysFor(tenant, LoadGenerator.User(0));
    var items = await storage.ReadAsync([heavy], CancellationToken.None);
    var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    var document = JsonSerializer.Deserialize<JsonObject>(items[heavy].Json)!;
    var history = document["profile"]!["history"]!.AsArray();
    var template = history[0]!;
    var grown = new JsonArray();
    for (var i = 0; i < options.History; i++)
    {
        var entry = template.DeepClone();
        entry["checkId"] = $"quick-bench-{i}";
        entry["completedAt"] = DateTimeOffset.UnixEpoch.AddDays(20_000 - i).ToString("O", CultureInfo.InvariantCulture);
        grown.Add(entry);
    }

    document["profile"]!["history"] = grown;
    var grownJson = document.ToJsonString(json);
    await storage.WriteAsync(new Dictionary<string, StoreItem> { [heavy] = new(grownJson, items[heavy].ETag) }, CancellationToken.None);
    foreach (var text in new[] { "help", "geschiedenis" })
    {
        var light = await bot.TimeTurnsAsync(LoadGenerator.User(1), tenant, text, 40);
        var loaded = await bot.TimeTurnsAsync(LoadGenerator.User(0), tenant, text, 40);
        results.Write("history", new()
        {
            ["turn"] = text, ["entries"] = options.History, ["profileBytes"] = Encoding.UTF8.GetByteCount(grownJson),
            ["p50MsUsual"] = light.P50, ["p50MsWithEntries"] = loaded.P50, ["p95MsUsual"] = light.P95, ["p95MsWithEntries"] = loaded.P95,
        });
    }
}

// A round that grows to N respondents (each joins and finishes, two writes as in a real round), then closes.
async Task RoundAsync()
{
    var tenant = BotClient.Tenant;
    await bot.SayInChannelAsync(BotClient.Consultant, "ronde starten Schaalproef");
    var store = app.Services.GetRequiredService<RoundStore>();
    var roundId = (await store.IndexAsync(tenant, CancellationToken.None)).Rounds.Single().Id;
    var before = await size.BytesAsync();
    var roles = Enum.GetValues<Role>();
    var watch = new Stopwatch();
    var window = new List<double>();
    for (var i = 1; i <= options.Respondents; i++)
    {
        var participant = $"29:respondent-{i}";
        var response = new PartnershipBot.Dialogs.Rounds.RoundResponse(participant, roles[i % roles.Length],
            new Dictionary<string, int> { ["owner-savings-target"] = i * 37 % 100, ["client-unchanged-service"] = i * 53 % 100, ["contractor-appearance-of-success"] = i * 71 % 100 },
            [], DateTimeOffset.UtcNow);
        watch.Restart();
        await store.UpdateAsync(tenant, roundId, d => d with { Round = d.Round.Join(participant) }, CancellationToken.None);
        await store.UpdateAsync(tenant, roundId, d => d with { Round = d.Round.Record(response) }, CancellationToken.None);
        window.Add(watch.Elapsed.TotalMilliseconds);
        if (i % 250 == 0 || i == options.Respondents)
        {
            results.Write("round-record", new() { ["respondents"] = i, ["meanMsPerRespondentLast250"] = Math.Round(window.Average(), 3) });
            window.Clear();
        }
    }

    var after = await size.BytesAsync();
    var roundBytes = Encoding.UTF8.GetByteCount((await storage.ReadAsync([RoundKeys.Round(tenant, roundId)], CancellationToken.None)).Values.Single().Json);
    var progress = await bot.SayInChannelAsync(BotClient.Consultant, "ronde resultaten");
    var close = await bot.SayInChannelAsync(BotClient.Consultant, "ronde sluiten");
    var closed = await store.GetAsync(tenant, roundId, CancellationToken.None);
    results.Write("round-close", new()
    {
        ["respondents"] = options.Respondents, ["progressMs"] = progress.Ms, ["closeAndRenderMs"] = close.Ms,
        ["finalReleased"] = closed?.Round.FinalRelease is not null, ["repliesSentByClose"] = close.Replies,
        ["roundDocumentBytes"] = roundBytes, ["bytesPerRespondent"] = (after - before) / options.Respondents,
        ["roundDocumentBytesPerRespondent"] = roundBytes / options.Respondents,
    });
}

// N reminders in 20 tenants (far in the future), in steps: schedule rate, one user's list, memory; then a due minute fires.
async Task RemindersAsync()
{
    var scheduler = app.Services.GetRequiredService<IReminderScheduler>();
    const int tenants = 20;
    var step = Math.Max(1, options.Reminders / 5);
    var far = DateTimeOffset.UtcNow.AddDays(30);
    for (var done = 0; done < options.Reminders;)
    {
        var watch = Stopwatch.StartNew();
        var batch = Math.Min(step, options.Reminders - done);
        await Parallel.ForAsync(done, done + batch, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            await scheduler.ScheduleAsync(Reminders.Spec(i % tenants, i / tenants % 500, far.AddMinutes(i % 10_000), options.StubPort), ct));
        var scheduleMs = watch.Elapsed.TotalMilliseconds;
        done += batch;
        watch.Restart();
        var listed = await scheduler.ListAsync(Reminders.TenantOf(0), Reminders.OwnerOf(7), CancellationToken.None);
        var listMs = watch.Elapsed.TotalMilliseconds;
        // The same list again, and another user's: the first read after a batch of writes also pays for the file catching up.
        watch.Restart();
        await scheduler.ListAsync(Reminders.TenantOf(0), Reminders.OwnerOf(7), CancellationToken.None);
        var listAgainMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        await scheduler.ListAsync(Reminders.TenantOf(1), Reminders.OwnerOf(8), CancellationToken.None);
        var listOtherMs = watch.Elapsed.TotalMilliseconds;
        GC.Collect();
        results.Write("reminders", new()
        {
            ["scheduled"] = done, ["perTenant"] = done / tenants, ["scheduleMsPerReminder"] = Math.Round(scheduleMs / batch, 3),
            ["listOneUserMs"] = Math.Round(listMs, 1), ["listSameUserAgainMs"] = Math.Round(listAgainMs, 1), ["listAnotherUserMs"] = Math.Round(listOtherMs, 1),
            ["listedForUser"] = listed.Count,
            ["rssMiB"] = Environment.WorkingSet / 1048576, ["managedHeapMiB"] = GC.GetTotalMemory(false) / 1048576,
            ["databaseBytes"] = await size.BytesAsync(),
        });
    }

    // A due minute: 200 reminders, ten per tenant, all due at the next whole minute.
    var now = DateTimeOffset.UtcNow;
    var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset).AddMinutes(now.Second < 40 ? 1 : 2);
    const int dueCount = 200;
    for (var i = 0; i < dueCount; i++)
    {
        await scheduler.ScheduleAsync(Reminders.Spec(i % tenants, 1_000 + i, due, options.StubPort), CancellationToken.None);
    }

    var sentBefore = stub.ProactiveSends;
    await Task.Delay(due - DateTimeOffset.UtcNow);
    var fired = Stopwatch.StartNew();
    while (stub.ProactiveSends - sentBefore < dueCount && fired.Elapsed < TimeSpan.FromMinutes(2))
    {
        await Task.Delay(50);
    }

    results.Write("reminders-due-minute", new()
    {
        ["stored"] = options.Reminders + dueCount, ["due"] = dueCount, ["delivered"] = stub.ProactiveSends - sentBefore,
        ["allDeliveredWithinS"] = Math.Round(fired.Elapsed.TotalSeconds, 2), ["rssMiB"] = Environment.WorkingSet / 1048576,
    });
}

static string StateKeysFor(string tenant, string userId) =>
    $"tenants/{Uri.EscapeDataString(tenant)}/msteams/users/{Uri.EscapeDataString(userId)}";
