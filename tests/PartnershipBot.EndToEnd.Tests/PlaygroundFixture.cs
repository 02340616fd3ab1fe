using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>
/// The real bot host on loopback and Microsoft's Agents Playground (the pinned npm package in
/// tools/playground) pointed at it, each test collection getting its own pair.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private WebApplication? _bot;
    private Process? _playground;
    private readonly List<string> _playgroundOutput = [];

    public HttpClient Playground { get; private set; } = null!;

    public Uri PlaygroundBase { get; private set; } = null!;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("pbot-e2e-").FullName;

    public IServiceProvider BotServices => _bot!.Services;

    public async Task InitializeAsync()
    {
        var cli = Path.Combine(RepositoryPaths.Root, "tools/playground/node_modules/@microsoft/m365agentsplayground/cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException("The Agents Playground is not installed: run `npm ci --prefix tools/playground` (scripts/test.sh does).");
        }

        _bot = BotApp.Build(["--urls=http://127.0.0.1:0", $"--Storage:DataDirectory={DataDirectory}", "--Logging:LogLevel:Default=Warning"]);
        await _bot.StartAsync();
        var botEndpoint = _bot.Urls.Single() + "/api/messages";

        var port = FreePort();
        PlaygroundBase = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "tools/playground"),
        };
        foreach (var arg in new[] { "-r", "./bind-loopback.cjs", cli, "-e", botEndpoint, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--su", $"http://127.0.0.1:{port}/_connector", "--dt" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        _playground = Process.Start(start)!;
        _playground.OutputDataReceived += (_, e) => Record(e.Data);
        _playground.ErrorDataReceived += (_, e) => Record(e.Data);
        _playground.BeginOutputReadLine();
        _playground.BeginErrorReadLine();
        Playground = new HttpClient { BaseAddress = PlaygroundBase, Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilReadyAsync();
    }

    public async Task<PlaygroundSession> OpenSessionAsync()
    {
        var config = (await Playground.GetFromJsonAsync<JsonObject>("/_internal/v1/config"))!["config"]!;
        return await PlaygroundSession.OpenAsync(
            this,
            config["personalChat"]!["id"]!.GetValue<string>(),
            config["currentUser"]!["id"]!.GetValue<string>());
    }

    public string PlaygroundLog()
    {
        lock (_playgroundOutput)
        {
            return string.Join('\n', _playgroundOutput.TakeLast(40));
        }
    }

    public async Task DisposeAsync()
    {
        Playground?.Dispose();
        if (_playground is { HasExited: false })
        {
            _playground.Kill(entireProcessTree: true);
            await _playground.WaitForExitAsync();
        }

        if (_bot is not null)
        {
            await _bot.StopAsync();
            await _bot.DisposeAsync();
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_playgroundOutput)
        {
            _playgroundOutput.Add(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_playground!.HasExited)
            {
                throw new InvalidOperationException("The Agents Playground exited:\n" + PlaygroundLog());
            }

            try
            {
                var pong = await Playground.GetStringAsync("/_debug/ping", timeout.Token);
                if (pong.Contains("pong", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: a readiness poll, bounded by the timeout above.
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
