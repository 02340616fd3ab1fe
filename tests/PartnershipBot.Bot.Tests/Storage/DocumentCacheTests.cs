using Microsoft.Data.Sqlite;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// The document cache keeps a conversation's small state documents, not the large, seldom-read ones; a
/// document that grows past the limit must not leave its older, shorter version to be read back.
/// </summary>
public sealed class DocumentCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pbot-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Set_DocumentLongerThanTheLimit_IsNotKept()
    {
        var cache = new DocumentCache(capacity: 10, maxDocumentLength: 8);

        cache.Set("short", new StoreItem("\"12345\"", "e1"));
        cache.Set("long", new StoreItem("\"123456789\"", "e2"));

        Assert.True(cache.TryGet("short", out _));
        Assert.False(cache.TryGet("long", out _));
    }

    [Fact]
    public async Task Read_AfterADocumentGrewPastTheLimit_ReturnsWhatTheFileHolds()
    {
        var path = Path.Combine(_folder, "test.db");
        using var storage = new SqliteStorage(path, cacheDocumentMaxLength: 16);
        var first = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["doc"] = new("\"small\"", null) }, default);
        var grown = new string('x', 40);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["doc"] = new($"\"{grown}\"", first["doc"]) }, default);

        var read = await storage.ReadAsync(["doc"], default);

        Assert.Equal($"\"{grown}\"", read["doc"].Json);
        // Not served from memory: a change made in the file by another writer is what the next read sees.
        using (var other = new SqliteConnection(storage.ConnectionString))
        {
            other.Open();
            using var update = other.CreateCommand();
            update.CommandText = "UPDATE store SET value = '\"changed elsewhere, and long enough\"' WHERE key = 'doc'";
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        Assert.Equal("\"changed elsewhere, and long enough\"", (await storage.ReadAsync(["doc"], default))["doc"].Json);
        SqliteConnection.ClearAllPools();
    }
}
