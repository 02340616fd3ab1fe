using System.Net;
using System.Net.Sockets;
using PartnershipBot.Bot.Tests.Deployment;
using PartnershipBot.Bot.Tests.Storage;

namespace PartnershipBot.Bot.Tests.Health;

/// <summary>
/// A PostgreSQL cluster of one test's own (scripts/postgres-cluster.sh on a free loopback port), so the
/// test can stop and start the server without touching the server the other tests share. Skips without
/// a PostgreSQL installation, unless <c>PARTNERSHIPBOT_REQUIRE_POSTGRES=1</c> (CI): then it fails.
/// </summary>
internal sealed class PrivatePostgresCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly int _port;

    private PrivatePostgresCluster(string directory, int port, string connectionString)
    {
        _directory = directory;
        _port = port;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PrivatePostgresCluster> StartAsync()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/usr/lib/postgresql"))
        {
            if (Environment.GetEnvironmentVariable(PostgresDatabase.RequireVariable) == "1")
            {
                Assert.Fail($"{PostgresDatabase.RequireVariable}=1 but PostgreSQL is not installed (apt-get install postgresql).");
            }

            Skip.If(true, "PostgreSQL is not installed here (apt-get install postgresql).");
        }

        // The cluster's parent folders must be traversable by the postgres user.
        var directory = Directory.CreateTempSubdirectory("pbot-pg-").FullName;
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        }
        var port = FreePort();
        var started = await RunAsync("start", directory, port);
        return new PrivatePostgresCluster(directory, port, started.Trim());
    }

    public Task StopServerAsync() => RunAsync("stop", _directory, _port);

    public Task StartServerAsync() => RunAsync("start", _directory, _port);

    public async ValueTask DisposeAsync()
    {
        await StopServerAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<string> RunAsync(string command, string directory, int port)
    {
        var script = Path.Combine(RepositoryPaths.Root, "scripts", "postgres-cluster.sh");
        var result = await ExternalProcess.RunAsync("bash", [script, command, Path.Combine(directory, "pg"), port.ToString(System.Globalization.CultureInfo.InvariantCulture)], RepositoryPaths.Root);
        Assert.True(result.ExitCode == 0, $"postgres-cluster.sh {command} failed: {result.StandardError}");
        return result.StandardOutput;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
