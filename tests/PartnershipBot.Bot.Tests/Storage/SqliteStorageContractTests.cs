using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>The storage contract on a real SQLite file in a private folder.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pbot-storage-").FullName;
    private readonly List<SqliteStorage> _opened = [];

    private protected override Task<IStorage> OpenAsync()
    {
        var storage = new SqliteStorage(Path.Combine(_folder, "test.db"));
        _opened.Add(storage);
        return Task.FromResult<IStorage>(storage);
    }

    public override Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
