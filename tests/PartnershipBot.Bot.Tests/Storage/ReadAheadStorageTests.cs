using Npgsql;
using PartnershipBot.Storage;
using PartnershipBot.Storage.Postgres;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// The turn's read-ahead on a real PostgreSQL server: one round trip for the documents a turn reads, what the
/// turn wrote is what it reads back, and another instance's write in between is never hidden from the write
/// that follows (it conflicts, and the retry reads the database).
/// </summary>
public sealed class ReadAheadStorageTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> _opened = [];

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(PostgresDatabase.ServerVariable) is not { Length: > 0 })
        {
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await PostgresSchema.ApplyAsync(dataSource, TimeProvider.System, default);
        await using var clear = dataSource.CreateCommand("TRUNCATE store");
        await clear.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var dataSource in _opened)
        {
            await dataSource.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Turn_ReadsOfTheKeysReadAhead_CostOneRoundTrip()
    {
        var (storage, counted) = Open();
        await storage.WriteAsync(Items(("conversation", "{\"step\":1}"), ("user", "{\"name\":\"x\"}")), default);
        counted.Reads = 0;

        using (await storage.BeginTurnAsync(["conversation", "user", "unreachable"], default))
        {
            Assert.Equal("{\"step\":1}", (await storage.ReadAsync(["conversation"], default))["conversation"].Json);
            Assert.Equal(["conversation", "user"], (await storage.ReadAsync(["conversation", "user"], default)).Keys.Order());
            Assert.Empty(await storage.ReadAsync(["unreachable"], default));
            Assert.Equal(1, counted.Reads);

            // A key the turn did not announce is read as usual.
            Assert.Empty(await storage.ReadAsync(["participation"], default));
            Assert.Equal(2, counted.Reads);
        }

        // After the turn every read asks the database again.
        await storage.ReadAsync(["conversation"], default);
        Assert.Equal(3, counted.Reads);
    }

    [SkippableFact]
    public async Task Turn_WhatItWritesAndDeletes_IsWhatItReadsBack()
    {
        var (storage, counted) = Open();
        await storage.WriteAsync(Items(("conversation", "{\"step\":1}"), ("mark", "{}")), default);
        counted.Reads = 0;

        using (await storage.BeginTurnAsync(["conversation", "mark"], default))
        {
            var read = (await storage.ReadAsync(["conversation"], default))["conversation"];
            var etags = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["conversation"] = new("{\"step\":2}", read.ETag) }, default);
            await storage.DeleteAsync(["mark"], default);

            var again = await storage.ReadAsync(["conversation", "mark"], default);
            Assert.Equal(new StoreItem("{\"step\":2}", etags["conversation"]), Assert.Single(again).Value);
            Assert.Equal(1, counted.Reads);
        }

        var stored = await counted.ReadAsync(["conversation", "mark"], default);
        Assert.Equal("{\"step\":2}", Assert.Single(stored).Value.Json);
    }

    [SkippableFact]
    public async Task Turn_WhenAnotherInstanceWroteSinceItsRead_ItsWriteConflictsAndTheRetryReadsTheNewState()
    {
        var (a, _) = Open();
        var (b, _) = Open();
        await a.WriteAsync(Items(("round", "{\"participants\":3}")), default);

        using (await a.BeginTurnAsync(["round"], default))
        {
            var seen = (await a.ReadAsync(["round"], default))["round"];
            var atB = (await b.ReadAsync(["round"], default))["round"];
            await b.WriteAsync(new Dictionary<string, StoreItem> { ["round"] = new("{\"participants\":4}", atB.ETag) }, default);

            await Assert.ThrowsAsync<StorageConflictException>(() =>
                a.WriteAsync(new Dictionary<string, StoreItem> { ["round"] = new("{\"participants\":4}", seen.ETag) }, default));

            var retry = (await a.ReadAsync(["round"], default))["round"];
            Assert.Equal("{\"participants\":4}", retry.Json);
            await a.WriteAsync(new Dictionary<string, StoreItem> { ["round"] = new("{\"participants\":5}", retry.ETag) }, default);
        }

        Assert.Equal("{\"participants\":5}", (await b.ReadAsync(["round"], default))["round"].Json);
    }

    [SkippableFact]
    public async Task Turn_AfterAConflict_ReadsEveryKeyFromTheDatabase()
    {
        var (a, counted) = Open();
        var (b, _) = Open();
        await a.WriteAsync(Items(("conversation", "{\"step\":1}"), ("user", "{\"v\":1}")), default);

        using (await a.BeginTurnAsync(["conversation", "user"], default))
        {
            var conversation = (await a.ReadAsync(["conversation"], default))["conversation"];
            // Another instance writes both documents; this turn's write of the conversation loses.
            foreach (var (key, json) in new[] { ("conversation", "{\"step\":2}"), ("user", "{\"v\":2}") })
            {
                var current = (await b.ReadAsync([key], default))[key];
                await b.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, current.ETag) }, default);
            }

            await Assert.ThrowsAsync<StorageConflictException>(() =>
                a.WriteAsync(new Dictionary<string, StoreItem> { ["conversation"] = new("{\"step\":3}", conversation.ETag) }, default));
            counted.Reads = 0;

            // The retry's read of the user, which the failed write did not touch, sees the other instance's write too.
            Assert.Equal("{\"v\":2}", (await a.ReadAsync(["user"], default))["user"].Json);
            Assert.Equal(1, counted.Reads);
        }
    }

    [SkippableFact]
    public async Task Turn_ReadsOfOtherFlows_AreNotAnsweredFromIt()
    {
        var (storage, counted) = Open();
        await storage.WriteAsync(Items(("conversation", "{\"step\":1}")), default);
        var begun = new TaskCompletionSource();
        // Started before the turn: another request on the same instance, in its own async flow.
        var other = Task.Run(async () =>
        {
            await begun.Task;
            return await storage.ReadAsync(["conversation"], default);
        });
        counted.Reads = 0;

        using (await storage.BeginTurnAsync(["conversation"], default))
        {
            begun.SetResult();
            await other;
            Assert.Equal(2, counted.Reads);
        }
    }

    private (ReadAheadStorage Storage, CountingStorage Counted) Open()
    {
        var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        _opened.Add(dataSource);
        var counted = new CountingStorage(new PostgresStorage(dataSource));
        return (new ReadAheadStorage(counted), counted);
    }

    private static Dictionary<string, StoreItem> Items(params (string Key, string Json)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoreItem(i.Json, StoreItem.AnyETag), StringComparer.Ordinal);

    /// <summary>Counts the reads that reach the database.</summary>
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        private int _reads;

        public int Reads { get => Volatile.Read(ref _reads); set => Volatile.Write(ref _reads, value); }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken) => inner.WriteAsync(items, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeleteByPrefixAsync(prefix, cancellationToken);

        public Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
            inner.ReadByPrefixAsync(prefix, limit, cancellationToken);
    }
}
