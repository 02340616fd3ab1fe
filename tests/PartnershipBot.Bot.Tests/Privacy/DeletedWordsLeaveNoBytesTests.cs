using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Privacy;

/// <summary>
/// Words that were stored for a while and then overwritten or deleted - an open answer held in the dialog state until
/// the check ends, a document erased on request - leave no byte behind in the SQLite file: without secure_delete SQLite
/// only marks the freed space as free, and the words stay readable in it until a later write happens to reuse it.
/// </summary>
public sealed class DeletedWordsLeaveNoBytesTests : IDisposable
{
    private const string Marker = "Zwavelkwakkelpruim";
    private readonly string _folder = Directory.CreateTempSubdirectory("pbot-deleted-").FullName;

    [Fact]
    public async Task OverwrittenAndDeletedDocuments_AfterTheStoreClosed_AreInNoByteOfTheDataFolder()
    {
        using (var storage = new SqliteStorage(Path.Combine(_folder, "bot.db")))
        {
            // One document small enough for its page, one long enough for overflow pages, one that goes away entirely.
            var words = $"{{\"answer\":\"{Marker} zei de wethouder\"}}";
            var longWords = $"{{\"answer\":\"{string.Concat(Enumerable.Repeat(Marker + " ", 600))}\"}}";
            await storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["user/a/dialog"] = new(words, StoreItem.AnyETag),
                ["user/b/dialog"] = new(longWords, StoreItem.AnyETag),
                ["user/c/dialog"] = new(words, StoreItem.AnyETag),
            }, default);
            // Stored: otherwise this test could not fail.
            Assert.NotEmpty(KeptBytes.FilesContaining(_folder, Marker));

            await storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["user/a/dialog"] = new("{\"answer\":null}", StoreItem.AnyETag),
                ["user/b/dialog"] = new("{\"answer\":null}", StoreItem.AnyETag),
            }, default);
            await storage.DeleteAsync(["user/c/dialog"], default);
        }

        // Pooled readers still hold the files open, as in the bot after a clean stop of its storage.
        Assert.Empty(KeptBytes.FilesContaining(_folder, Marker));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
