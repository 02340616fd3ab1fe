using Microsoft.Extensions.Logging;
using PartnershipBot.Bot.Tests.Analysis;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Privacy;

/// <summary>
/// Words a user typed and that a card quotes back are shown, and kept nowhere: not in a log entry, not in any
/// document the turn writes (the outbox of replies included), and not in any byte of the data folder -
/// the database, its write-ahead log and its shared memory - while the bot runs and after it stopped.
/// </summary>
public sealed class TypedWordsKeptNowhereTests : BotHostTest
{
    private readonly CollectingLoggerProvider _logs = new();
    private readonly WrittenDocuments _written = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.Empty(KeptBytes.FilesContaining(Host.DataDirectory, QuotedWordsHost.Marker));
        await Host.DisposeAsync();
        Host = await TestBotHost.StartAsync(
            Host.DataDirectory,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            builder =>
            {
                builder.Logging.AddProvider(_logs);
                _written.Record(builder);
            });
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task WordsQuotedOnTheCard_AreInNoLogNoWrittenDocumentAndNoByteOfTheDataFolder(string way)
    {
        var turn = await QuotedWordsHost.TypeAsync(User(), way);

        // The card does quote them: otherwise this test could not fail.
        Assert.Contains("“", QuotedWordsHost.AllSent(turn), StringComparison.Ordinal);
        Assert.Contains(QuotedWordsHost.Marker, QuotedWordsHost.AllSent(turn), StringComparison.Ordinal);
        Assert.NotEmpty(_written.All);
        Assert.DoesNotContain(_written.All, d => d.Json.Contains(QuotedWordsHost.Marker, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Text.Contains(QuotedWordsHost.Marker, StringComparison.OrdinalIgnoreCase));
        // While the bot runs (the -wal holds every recent write) and after it stopped.
        Assert.Empty(KeptBytes.FilesContaining(Host.DataDirectory, QuotedWordsHost.Marker));
        await Host.DisposeAsync();
        Assert.Empty(KeptBytes.FilesContaining(Host.DataDirectory, QuotedWordsHost.Marker));
        Host = await TestBotHost.StartAsync(Host.DataDirectory);
    }

    public static TheoryData<string> Ways => QuotedWordsHost.Ways;
}
