using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>IStorage semantics (as the SDK's storage conformance tests state them) on a real SQLite file.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pbot-storage-").FullName;
    private readonly SqliteStorage _storage;

    public SqliteStorageTests() => _storage = new SqliteStorage(Path.Combine(_folder, "test.db"));

    public void Dispose()
    {
        _storage.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ReadAsync_UnknownKey_IsAbsentNotAnError()
    {
        var items = await _storage.ReadAsync(["nobody"], default);

        Assert.Empty(items);
    }

    [Fact]
    public async Task WriteAsync_NewItem_ReadsBackWithNewETag()
    {
        var etags = await _storage.WriteAsync(Items(("k", "{\"a\":1}", null)), default);

        var read = (await _storage.ReadAsync(["k"], default))["k"];
        Assert.Equal("{\"a\":1}", read.Json);
        Assert.Equal(etags["k"], read.ETag);
    }

    [Fact]
    public async Task WriteAsync_EveryWrite_AssignsAFreshETag()
    {
        var first = (await _storage.WriteAsync(Items(("k", "1", null)), default))["k"];
        var second = (await _storage.WriteAsync(Items(("k", "2", first)), default))["k"];

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ConflictsAndKeepsStoredValue()
    {
        var first = (await _storage.WriteAsync(Items(("k", "1", null)), default))["k"];
        await _storage.WriteAsync(Items(("k", "2", first)), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.WriteAsync(Items(("k", "3", first)), default));
        Assert.Equal("2", (await _storage.ReadAsync(["k"], default))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_CreateWhenAlreadyExists_Conflicts()
    {
        await _storage.WriteAsync(Items(("k", "1", null)), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.WriteAsync(Items(("k", "2", null)), default));
    }

    [Fact]
    public async Task WriteAsync_StarETag_LastWriterWins()
    {
        var first = (await _storage.WriteAsync(Items(("k", "1", null)), default))["k"];
        await _storage.WriteAsync(Items(("k", "2", first)), default);

        await _storage.WriteAsync(Items(("k", "3", StoreItem.AnyETag)), default);

        Assert.Equal("3", (await _storage.ReadAsync(["k"], default))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_OneItemConflicts_NothingOfTheBatchIsWritten()
    {
        var a = (await _storage.WriteAsync(Items(("a", "1", null)), default))["a"];
        await _storage.WriteAsync(Items(("b", "1", null)), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.WriteAsync(Items(("a", "2", a), ("b", "2", "stale")), default));

        var read = await _storage.ReadAsync(["a", "b"], default);
        Assert.Equal("1", read["a"].Json);
        Assert.Equal("1", read["b"].Json);
    }

    [Fact]
    public async Task WriteAsync_TwoWritersWithTheSameETag_ExactlyOneWins()
    {
        var etag = (await _storage.WriteAsync(Items(("k", "0", null)), default))["k"];
        using var second = new SqliteStorage(Path.Combine(_folder, "test.db"));
        var writers = Enumerable.Range(1, 8)
            .Select(i => Task.Run(() => (i % 2 == 0 ? _storage : second).WriteAsync(Items(("k", i.ToString(System.Globalization.CultureInfo.InvariantCulture), etag)), default)))
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

    [Fact]
    public async Task DeleteByPrefixAsync_RemovesOnlyThatPrefix()
    {
        await _storage.WriteAsync(Items(("t/users/u%3A1", "1", null), ("t/users/u%3A1/rounds", "1", null), ("t/users/u%3A2", "1", null)), default);

        var deleted = await _storage.DeleteByPrefixAsync("t/users/u%3A1", default);

        Assert.Equal(2, deleted);
        Assert.Equal(["t/users/u%3A2"], (await _storage.ReadAsync(["t/users/u%3A1", "t/users/u%3A1/rounds", "t/users/u%3A2"], default)).Keys);
    }

    [Fact]
    public async Task Data_SurvivesANewStorageInstanceOnTheSameFile()
    {
        await _storage.WriteAsync(Items(("k", "kept", null)), default);

        using var reopened = new SqliteStorage(Path.Combine(_folder, "test.db"));

        Assert.Equal("kept", (await reopened.ReadAsync(["k"], default))["k"].Json);
    }

    private static Dictionary<string, StoreItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoreItem(i.Json, i.ETag));
}
