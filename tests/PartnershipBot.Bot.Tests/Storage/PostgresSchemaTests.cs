using Npgsql;
using PartnershipBot.Storage.Postgres;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>Schema versions on a real PostgreSQL server: applied once, whoever starts first.</summary>
public sealed class PostgresSchemaTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task ApplyAsync_SixInstancesAtOnceOnAnEmptyDatabase_ApplyEachVersionOnce()
    {
        var name = "pbot_schema_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = await server.CreateDatabaseAsync(name);
        var dataSources = Enumerable.Range(0, 6).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var instances = dataSources.Select(ds => Task.Run(async () =>
            {
                await start.WaitAsync();
                return await PostgresSchema.ApplyAsync(ds, TimeProvider.System, default);
            })).ToList();
            start.Release(instances.Count);

            var applied = await Task.WhenAll(instances);

            Assert.Equal(PostgresSchema.Migrations.Select(m => m.Version), applied.SelectMany(a => a).Order());
            await using var versions = dataSources[0].CreateCommand("SELECT count(*), count(DISTINCT version) FROM partnershipbot_schema");
            await using var reader = await versions.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(PostgresSchema.Migrations.Count, reader.GetInt64(0));
            Assert.Equal(PostgresSchema.Migrations.Count, reader.GetInt64(1));
        }
        finally
        {
            foreach (var ds in dataSources)
            {
                await ds.DisposeAsync();
            }

            await server.DropDatabaseAsync(name);
        }
    }

    [SkippableFact]
    public async Task ApplyAsync_OnACurrentDatabase_AppliesNothingAndKeepsData()
    {
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        await PostgresSchema.ApplyAsync(dataSource, TimeProvider.System, default);
        await using (var insert = dataSource.CreateCommand("INSERT INTO store (key, etag, value) VALUES ('kept', 'e', '1') ON CONFLICT DO NOTHING"))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var applied = await PostgresSchema.ApplyAsync(dataSource, TimeProvider.System, default);

        Assert.Empty(applied);
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM store WHERE key = 'kept'");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
