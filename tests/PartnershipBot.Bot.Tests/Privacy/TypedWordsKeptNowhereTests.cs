using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Bot.Tests.Analysis;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Storage;
using PartnershipBot.Turns.Outbox;

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
            // The sweeper only when a test calls it, so it cannot take a document before the test does.
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Outbox:SweepInterval"] = "01:00:00" },
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
        // The turn changed state, so its replies were saved with it: the outbox is what is looked at.
        Assert.Contains(_written.All, d => d.Key.StartsWith(OutboxKeys.Prefix, StringComparison.Ordinal));
        Assert.DoesNotContain(_written.All, d => d.Json.Contains(QuotedWordsHost.Marker, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Text.Contains(QuotedWordsHost.Marker, StringComparison.OrdinalIgnoreCase));
        // While the bot runs (the -wal holds every recent write) and after it stopped.
        Assert.Empty(KeptBytes.FilesContaining(Host.DataDirectory, QuotedWordsHost.Marker));
        await Host.DisposeAsync();
        Assert.Empty(KeptBytes.FilesContaining(Host.DataDirectory, QuotedWordsHost.Marker));
        Host = await TestBotHost.StartAsync(Host.DataDirectory);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task WordsQuotedOnTheCard_TurnDiedBeforeTheAcknowledgement_TheSweeperSendsTheSameRepliesWithoutTheQuotes(string way)
    {
        var turn = await QuotedWordsHost.TypeAsync(User(), way);
        var saved = _written.All.Last(d => d.Key.StartsWith(OutboxKeys.Prefix, StringComparison.Ordinal));
        // The same document as a crashed instance leaves it, lease run out; under a key of its own, so the
        // turn's own acknowledgement (in the background) cannot take it away first.
        var crashed = JsonNode.Parse(saved.Json)!;
        crashed["leaseUntil"] = DateTimeOffset.UtcNow.AddMinutes(-1);
        var storage = Host.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [OutboxKeys.Prefix + "crashed"] = new(crashed.ToJsonString(), StoreItem.AnyETag) }, default);
        var before = Connector.Requests.Count;

        Assert.Equal(1, await Host.Services.GetRequiredService<ReplyOutbox>().SweepAsync(default));

        var resent = Connector.Requests.Skip(before).ToList();
        Assert.Equal(turn.Sent.Select(r => r.Method), resent.Select(r => r.Method));
        Assert.All(resent.Zip(turn.Sent), pair =>
        {
            var again = CardData.AllText(pair.First.Json?["attachments"]?[0]?["content"]);
            var first = CardData.AllText(pair.Second.Json?["attachments"]?[0]?["content"]);
            // The card's heading (or progress line) is there again; the user's words are not.
            Assert.StartsWith(first[..Math.Min(20, first.Length)], again, StringComparison.Ordinal);
            Assert.DoesNotContain(QuotedWordsHost.Marker, again + pair.First.Json?["text"], StringComparison.OrdinalIgnoreCase);
        });
    }

    public static TheoryData<string> Ways => QuotedWordsHost.Ways;
}
