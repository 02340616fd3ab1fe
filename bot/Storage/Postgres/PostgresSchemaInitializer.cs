using Npgsql;

namespace PartnershipBot.Storage.Postgres;

/// <summary>Brings the database to the current schema before the host takes traffic or starts the scheduler.</summary>
internal sealed partial class PostgresSchemaInitializer(NpgsqlDataSource dataSource, TimeProvider time, ILogger<PostgresSchemaInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await PostgresSchema.ApplyAsync(dataSource, time, cancellationToken);
        LogSchema(logger, applied.Count, PostgresSchema.Migrations[^1].Version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "PostgreSQL schema is at version {Version} ({Applied} versions applied now)")]
    private static partial void LogSchema(ILogger logger, int applied, int version);
}
