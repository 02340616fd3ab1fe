using System.Globalization;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// The <see cref="IStorage"/> contract (as the SDK's storage conformance tests state it), run against
/// every provider: each derived class opens its provider on a private database.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private IStorage? _storage;

    private IStorage _store => _storage ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>A new storage instance on this test's database (as a second bot instance would open it).</summary>
    private protected abstract Task<IStorage> OpenAsync();

    public virtual async Task InitializeAsync() => _storage = await OpenAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task ReadAsync_UnknownKey_IsAbsentNotAnError()
    {
        var items = await _store.ReadAsync(["nobody"], default);

        Assert.Empty(items);
    }

    [SkippableFact]
    public async Task WriteAsync_NewItem_ReadsBackWithNewETag()
    {
        var etags = await _store.WriteAsync(Items(("k", "{\"a\":1}", null)), default);

        var read = (await _store.ReadAsync(["k"], default))["k"];
        Assert.Equal("{\"a\":1}", read.Json);
        Assert.Equal(etags["k"], read.ETag);
    }

    [SkippableFact]
    public async Task WriteAsync_EveryWrite_AssignsAFreshETag()
    {
        var first = (await _store.WriteAsync(Items(("k", "1", null)), default))["k"];
        var second = (await _store.WriteAsync(Items(("k", "2", first)), default))["k"];

        Assert.NotEqual(first, second);
    }

    [SkippableFact]
    public async Task WriteAsync_StaleETag_ConflictsAndKeepsStoredValue()
    {
        var first = (await _store.WriteAsync(Items(("k", "1", null)), default))["k"];
        await _store.WriteAsync(Items(("k", "2", first)), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => _store.WriteAsync(Items(("k", "3", first)), default));
        Assert.Equal("2", (await _store.ReadAsync(["k"], default))["k"].Json);
    }

    [SkippableFact]
    public async Task WriteAsync_CreateWhenAlreadyExists_Conflicts()
    {
        await _store.WriteAsync(Items(("k", "1", null)), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => _store.WriteAsync(Items(("k", "2", null)), default));
    }

    [SkippableFact]
    public async Task WriteAsync_StarETag_LastWriterWins()
    {
        var first = (await _store.WriteAsync(Items(("k", "1", null)), default))["k"];
        await _store.WriteAsync(Items(("k", "2", first)), default);

        await _store.WriteAsync(Items(("k", "3", StoreItem.AnyETag)), default);

        Assert.Equal("3", (await _store.ReadAsync(["k"], default))["k"].Json);
    }

    [SkippableFact]
    public async Task WriteAsync_OneItemConflicts_NothingOfTheBatchIsWritten()
    {
        var a = (await _store.WriteAsync(Items(("a", "1", null)), default))["a"];
        await _store.WriteAsync(Items(("b", "1", null)), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => _store.WriteAsync(Items(("a", "2", a), ("b", "2", "stale")), default));

        var read = await _store.ReadAsync(["a", "b"], default);
        Assert.Equal("1", read["a"].Json);
        Assert.Equal("1", read["b"].Json);
    }

    [SkippableFact]
    public async Task WriteAsync_TwoWritersWithTheSameETag_ExactlyOneWins()
    {
        var etag = (await _store.WriteAsync(Items(("k", "0", null)), default))["k"];
        var second = await OpenAsync();
        var writers = Enumerable.Range(1, 8)
            .Select(i => Task.Run(() => (i % 2 == 0 ? _store : second).WriteAsync(Items(("k", i.ToString(CultureInfo.InvariantCulture), etag)), default)))
            .ToArray();

        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [SkippableFact]
    public async Task DeleteByPrefixAsync_RemovesOnlyThatPrefix()
    {
        await _store.WriteAsync(Items(("t/users/u%3A1", "1", null), ("t/users/u%3A1/rounds", "1", null), ("t/users/u%3A2", "1", null)), default);

        var deleted = await _store.DeleteByPrefixAsync("t/users/u%3A1", default);

        Assert.Equal(2, deleted);
        Assert.Equal(["t/users/u%3A2"], (await _store.ReadAsync(["t/users/u%3A1", "t/users/u%3A1/rounds", "t/users/u%3A2"], default)).Keys);
    }

    [SkippableFact]
    public async Task ReadByPrefixAsync_ReturnsThatPrefixInKeyOrderUpToTheLimit()
    {
        await _store.WriteAsync(Items(("outbox/b", "2", null), ("outbox/a", "1", null), ("outbox/c", "3", null), ("outbox0", "x", null), ("outbo", "y", null), ("t/outbox/a", "z", null)), default);

        var firstTwo = await _store.ReadByPrefixAsync("outbox/", 2, default);
        var all = await _store.ReadByPrefixAsync("outbox/", 100, default);

        Assert.Equal(["outbox/a", "outbox/b"], firstTwo.Select(i => i.Key));
        Assert.Equal(["1", "2", "3"], all.Select(i => i.Value.Json));
        Assert.Equal((await _store.ReadAsync(["outbox/c"], default))["outbox/c"].ETag, all[2].Value.ETag);
    }

    [SkippableFact]
    public async Task ReadByPrefixAsync_SeesWhatAnotherInstanceWroteAndDeleted()
    {
        var other = await OpenAsync();
        await other.WriteAsync(Items(("outbox/x", "1", null), ("outbox/y", "2", null)), default);
        await other.DeleteAsync(["outbox/x"], default);

        Assert.Equal(["outbox/y"], (await _store.ReadByPrefixAsync("outbox/", 10, default)).Select(i => i.Key));
    }

    [SkippableFact]
    public async Task Data_SurvivesANewStorageInstanceOnTheSameDatabase()
    {
        await _store.WriteAsync(Items(("k", "kept", null)), default);

        var reopened = await OpenAsync();

        Assert.Equal("kept", (await reopened.ReadAsync(["k"], default))["k"].Json);
    }

    [SkippableFact]
    public async Task DeleteAsync_RemovesTheKeysAndAnUnknownKeyIsNoError()
    {
        await _store.WriteAsync(Items(("a", "1", null), ("b", "1", null)), default);

        await _store.DeleteAsync(["a", "never-written"], default);

        Assert.Equal(["b"], (await _store.ReadAsync(["a", "b"], default)).Keys);
    }

    [SkippableFact]
    public async Task DeleteByPrefixAsync_LikeWildcardsInThePrefix_MatchLiterally()
    {
        await _store.WriteAsync(Items(("t/u_1/a", "1", null), ("t/uX1/a", "1", null), ("t/u%1/a", "1", null), ("t/u%2/a", "1", null)), default);

        var deleted = await _store.DeleteByPrefixAsync("t/u_1/", default) + await _store.DeleteByPrefixAsync("t/u%1/", default);

        Assert.Equal(2, deleted);
        Assert.Equal(["t/u%2/a", "t/uX1/a"], (await _store.ReadAsync(["t/u_1/a", "t/uX1/a", "t/u%1/a", "t/u%2/a"], default)).Keys.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task WriteAsync_CreateAfterDelete_Succeeds()
    {
        await _store.WriteAsync(Items(("k", "1", null)), default);
        await _store.DeleteAsync(["k"], default);

        await _store.WriteAsync(Items(("k", "2", null)), default);

        Assert.Equal("2", (await _store.ReadAsync(["k"], default))["k"].Json);
    }

    [SkippableFact]
    public async Task WriteAsync_ManyConcurrentIncrementsWithRetry_LoseNone()
    {
        // Read–modify–write against the eTag, retried on a conflict (what RoundStore does), from two instances.
        var second = await OpenAsync();
        await _store.WriteAsync(Items(("counter", "0", null)), default);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var store = i % 2 == 0 ? _store : second;
            while (true)
            {
                var current = (await store.ReadAsync(["counter"], default))["counter"];
                var next = (int.Parse(current.Json, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                try
                {
                    await store.WriteAsync(Items(("counter", next, current.ETag)), default);
                    return;
                }
                catch (StorageConflictException)
                {
                }
            }
        })));

        // Read through a fresh instance: SQLite's per-process cache may show an instance its own last write
        // (one process per file is its deployment rule); PostgreSQL has no such cache (see its own tests).
        Assert.Equal("40", (await (await OpenAsync()).ReadAsync(["counter"], default))["counter"].Json);
    }

    [SkippableFact]
    public async Task WriteAsync_UnicodeAndLargeDocuments_RoundTripExactly()
    {
        var json = "{\"t\":\"Eén samenwerking – “ISD” 🤝\",\"pad\":\"" + new string('x', 200_000) + "\"}";

        await _store.WriteAsync(Items(("k/é", json, null)), default);

        Assert.Equal(json, (await _store.ReadAsync(["k/é"], default))["k/é"].Json);
    }

    [SkippableFact]
    public async Task TryClaimAsync_SecondClaimOfTheSameKey_Loses()
    {
        var claims = (IActivityClaims)_store;

        Assert.True(await claims.TryClaimAsync("activity-1", T0, T0.AddMinutes(10), default));
        Assert.False(await claims.TryClaimAsync("activity-1", T0.AddMinutes(1), T0.AddMinutes(11), default));
        Assert.True(await claims.TryClaimAsync("activity-2", T0.AddMinutes(1), T0.AddMinutes(11), default));
    }

    [SkippableFact]
    public async Task TryClaimAsync_AfterTheClaimExpired_WinsAgainOnce()
    {
        var claims = (IActivityClaims)_store;
        await claims.TryClaimAsync("activity-1", T0, T0.AddMinutes(10), default);

        Assert.True(await claims.TryClaimAsync("activity-1", T0.AddMinutes(10), T0.AddMinutes(20), default));
        Assert.False(await claims.TryClaimAsync("activity-1", T0.AddMinutes(11), T0.AddMinutes(21), default));
    }

    [SkippableFact]
    public async Task TryClaimAsync_ConcurrentlyFromTwoInstances_ExactlyOneWins()
    {
        var instances = new[] { (IActivityClaims)_store, (IActivityClaims)await OpenAsync() };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => instances[i % 2].TryClaimAsync("retried", T0, T0.AddMinutes(10), default))));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [SkippableFact]
    public async Task PurgeExpiredClaimsAsync_DeletesOnlyExpiredClaims()
    {
        var claims = (IActivityClaims)_store;
        await claims.TryClaimAsync("short", T0, T0.AddMinutes(1), default);
        await claims.TryClaimAsync("long", T0, T0.AddMinutes(10), default);

        var purged = await claims.PurgeExpiredClaimsAsync(T0.AddMinutes(5), default);

        Assert.Equal(1, purged);
        Assert.False(await claims.TryClaimAsync("long", T0.AddMinutes(5), T0.AddMinutes(15), default));
    }

    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, StoreItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoreItem(i.Json, i.ETag));
}
