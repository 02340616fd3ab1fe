using Npgsql;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// A private database on the test PostgreSQL server (env <c>PARTNERSHIPBOT_TEST_POSTGRES</c>), created
/// for one test class and dropped after it. Without a server the tests skip and say why, unless
/// <c>PARTNERSHIPBOT_REQUIRE_POSTGRES=1</c> (CI): then they fail.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string ServerVariable = "PARTNERSHIPBOT_TEST_POSTGRES";
    public const string RequireVariable = "PARTNERSHIPBOT_REQUIRE_POSTGRES";

    private readonly string? _server = Environment.GetEnvironmentVariable(ServerVariable);
    private string? _connectionString;

    public string Name { get; } = "pbot_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The connection string of this class's own database; skips (or fails in CI) without a server.</summary>
    public string ConnectionString
    {
        get
        {
            RequireServer();
            return _connectionString!;
        }
    }

    /// <summary>A connection string for another, fresh database on the same server (several per test).</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        RequireServer();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_server) { Database = name, Pooling = true }.ConnectionString;
    }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        _connectionString = await CreateDatabaseAsync(Name);
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    public async Task DropDatabaseAsync(string name)
    {
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private void RequireServer()
    {
        if (!string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{RequireVariable}=1 but {ServerVariable} is not set: the PostgreSQL tests must run here (scripts/test.sh starts a server).");
        }

        Skip.If(true, $"No PostgreSQL server: set {ServerVariable} to an Npgsql connection string (scripts/test.sh starts one).");
    }
}
