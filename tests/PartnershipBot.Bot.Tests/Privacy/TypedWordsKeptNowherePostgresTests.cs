using Microsoft.Extensions.Logging;
using Npgsql;
using PartnershipBot.Bot.Tests.Analysis;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Scaling;
using PartnershipBot.Bot.Tests.Storage;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Turns.Outbox;

namespace PartnershipBot.Bot.Tests.Privacy;

/// <summary>
/// The same promise on PostgreSQL: words a card quotes back reach no document the turn writes (so no row,
/// no dead tuple and no WAL record of the database can hold them), no log entry and no file of the data folder.
/// </summary>
public sealed class TypedWordsKeptNowherePostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly CollectingLoggerProvider _logs = new();
    private readonly WrittenDocuments _written = new();
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [SkippableTheory]
    [MemberData(nameof(Ways))]
    public async Task WordsQuotedOnTheCard_AreInNoLogNoWrittenDocumentNoRowAndNoFile(string way)
    {
        // A database of its own per way, so each first message starts a new conversation.
        var connectionString = await database.CreateDatabaseAsync("pbot_words_" + Guid.NewGuid().ToString("N")[..12]);
        var settings = PostgresHostTests.PostgresSettings(connectionString);
        settings["Logging:LogLevel:Default"] = "Trace";
        var host = await TestBotHost.StartAsync(settings: settings, configure: builder =>
        {
            builder.Logging.AddProvider(_logs);
            _written.Record(builder);
        });

        var turn = await QuotedWordsHost.TypeAsync(new BotConversation(host, _connector), way);

        Assert.Contains(QuotedWordsHost.Marker, QuotedWordsHost.AllSent(turn), StringComparison.Ordinal);
        Assert.Contains(_written.All, d => d.Key.StartsWith(OutboxKeys.Prefix, StringComparison.Ordinal));
        Assert.DoesNotContain(_written.All, d => d.Json.Contains(QuotedWordsHost.Marker, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Text.Contains(QuotedWordsHost.Marker, StringComparison.OrdinalIgnoreCase));
        await host.DisposeAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var rows = dataSource.CreateCommand("SELECT count(*) FROM store WHERE value ILIKE '%' || $1 || '%'");
        rows.Parameters.Add(new() { Value = QuotedWordsHost.Marker });
        Assert.Equal(0L, await rows.ExecuteScalarAsync());
        Assert.Empty(KeptBytes.FilesContaining(host.DataDirectory, QuotedWordsHost.Marker));
    }

    public static TheoryData<string> Ways => QuotedWordsHost.Ways;
}
