using Npgsql;
using PartnershipBot.Storage;
using PartnershipBot.Storage.Postgres;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// The storage contract on a real PostgreSQL server, in a database of this class's own; each
/// <see cref="OpenAsync"/> is a separate data source (its own connection pool), as another bot
/// instance would have.
/// </summary>
public sealed class PostgresStorageContractTests(PostgresDatabase database) : StorageContractTests, IClassFixture<PostgresDatabase>
{
    private readonly List<NpgsqlDataSource> _opened = [];

    private protected override async Task<IStorage> OpenAsync()
    {
        var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        _opened.Add(dataSource);
        await PostgresSchema.ApplyAsync(dataSource, TimeProvider.System, default);
        return new PostgresStorage(dataSource);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The database is the class's; each test starts from an empty table.
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var clear = dataSource.CreateCommand("TRUNCATE store, activity_claims");
        await clear.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        foreach (var dataSource in _opened)
        {
            await dataSource.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task ReadAsync_AfterAnotherInstanceCounted_SeesEveryCount()
    {
        // Issue 10's "4 deelnemers on B, 0 on A": A has read the round, four participants are counted on B.
        var a = await OpenAsync();
        var b = await OpenAsync();
        await a.WriteAsync(new Dictionary<string, StoreItem> { ["round"] = new("0", null) }, default);
        Assert.Equal("0", (await a.ReadAsync(["round"], default))["round"].Json);

        for (var i = 1; i <= 4; i++)
        {
            var current = (await b.ReadAsync(["round"], default))["round"];
            await b.WriteAsync(new Dictionary<string, StoreItem> { ["round"] = new(i.ToString(System.Globalization.CultureInfo.InvariantCulture), current.ETag) }, default);
        }

        Assert.Equal("4", (await a.ReadAsync(["round"], default))["round"].Json);
    }
}
