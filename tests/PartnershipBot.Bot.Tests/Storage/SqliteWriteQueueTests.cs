using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// Group commit and the document cache. A gate in front of the writer holds it while the test queues
/// requests, so they are taken as one batch for certain rather than by timing.
/// </summary>
public sealed class SqliteWriteQueueTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pbot-writes-").FullName;
    private readonly List<SqliteStorage> _opened = [];
    private TaskCompletionSource _gate = Open();
    private int _batches;

    private string DatabasePath => Path.Combine(_folder, "test.db");

    public void Dispose()
    {
        _gate.TrySetResult();
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task QueuedWrites_CommitAsOneBatch_EachWithItsOwnOutcome()
    {
        var storage = Gated();
        var seeded = await storage.WriteAsync(Items(("k1", "1", null), ("k2", "1", null), ("k3", "1", null)), default);
        var batchesBefore = _batches;

        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var updated = storage.WriteAsync(Items(("k1", "2", seeded["k1"])), default);
        var stale = storage.WriteAsync(Items(("k2", "2", "stale")), default);
        var halfStale = storage.WriteAsync(Items(("new", "2", null), ("k3", "2", "stale")), default);
        var created = storage.WriteAsync(Items(("m", "2", null)), default);
        _gate.SetResult();

        await updated;
        await created;
        await Assert.ThrowsAsync<StorageConflictException>(() => stale);
        await Assert.ThrowsAsync<StorageConflictException>(() => halfStale);
        Assert.Equal(1, _batches - batchesBefore);
        // What the file holds, read by a process that never saw these writes: the conflicting requests left nothing.
        using var reopened = new SqliteStorage(DatabasePath);
        var stored = await reopened.ReadAsync(["k1", "k2", "k3", "new", "m"], default);
        Assert.Equal(
            new Dictionary<string, string> { ["k1"] = "2", ["k2"] = "1", ["k3"] = "1", ["m"] = "2" },
            stored.ToDictionary(p => p.Key, p => p.Value.Json));
    }

    [Fact]
    public async Task Write_CancelledBeforeTheWriterTookIt_IsNotWritten()
    {
        var storage = Gated();
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        var kept = storage.WriteAsync(Items(("kept", "1", null)), default);
        var abandoned = storage.WriteAsync(Items(("abandoned", "1", null)), cancellation.Token);

        await cancellation.CancelAsync();
        _gate.SetResult();

        await kept;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(["kept"], (await storage.ReadAsync(["kept", "abandoned"], default)).Keys);
    }

    [Fact]
    public async Task Read_AfterDelete_IsAbsentAlthoughTheDocumentWasInMemory()
    {
        var storage = Gated();
        await storage.WriteAsync(Items(("t/users/u1", "1", null), ("t/users/u1/c1", "1", null), ("t/users/u2", "1", null)), default);

        await storage.DeleteAsync(["t/users/u1"], default);
        await storage.DeleteByPrefixAsync("t/users/u1/", default);

        Assert.Equal(["t/users/u2"], (await storage.ReadAsync(["t/users/u1", "t/users/u1/c1", "t/users/u2"], default)).Keys);
    }

    [Fact]
    public async Task Cache_AnotherWriterChangedTheFile_TheLostETagCheckMakesTheNextReadFresh()
    {
        var ours = Gated();
        var theirs = Gated();
        var first = (await ours.WriteAsync(Items(("k", "ours", null)), default))["k"];
        var theirETag = (await theirs.WriteAsync(Items(("k", "theirs", first)), default))["k"];

        // From memory, this process still believes its own write: the eTag check catches that.
        Assert.Equal("ours", (await ours.ReadAsync(["k"], default))["k"].Json);
        await Assert.ThrowsAsync<StorageConflictException>(() => ours.WriteAsync(Items(("k", "again", first)), default));

        var fresh = (await ours.ReadAsync(["k"], default))["k"];
        Assert.Equal(("theirs", theirETag), (fresh.Json, fresh.ETag));
    }

    [Fact]
    public async Task Cache_NoDocumentsKept_ReadsComeFromTheFile()
    {
        var storage = new SqliteStorage(DatabasePath, cacheDocuments: 0);
        _opened.Add(storage);
        var other = Gated();
        var etag = (await storage.WriteAsync(Items(("k", "1", null)), default))["k"];

        await other.WriteAsync(Items(("k", "2", etag)), default);

        Assert.Equal("2", (await storage.ReadAsync(["k"], default))["k"].Json);
    }

    private static TaskCompletionSource Open()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }

    private SqliteStorage Gated()
    {
        var storage = new SqliteStorage(DatabasePath, beforeBatch: () =>
        {
            Interlocked.Increment(ref _batches);
            return _gate.Task;
        });
        _opened.Add(storage);
        return storage;
    }

    private static Dictionary<string, StoreItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoreItem(i.Json, i.ETag));
}
