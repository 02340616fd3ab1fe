using System.Diagnostics;
using System.Net.Http.Json;
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

        // A port below the ephemeral range can still be taken by another program between the probe and
        // node's bind; the playground then exits at once, and a new port is tried.
        for (var attempt = 1; ; attempt++)
        {
            if (await TryStartPlaygroundAsync(cli, botEndpoint, LoopbackPorts.Reserve()))
            {
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("The Agents Playground exited before it was ready:\n" + PlaygroundLog());
            }
        }
    }

    private async Task<bool> TryStartPlaygroundAsync(string cli, string botEndpoint, int port)
    {
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
        _playground?.Dispose();
        Playground?.Dispose();
        _playground = Process.Start(start)!;
        _playground.OutputDataReceived += (_, e) => Record(e.Data);
        _playground.ErrorDataReceived += (_, e) => Record(e.Data);
        _playground.BeginOutputReadLine();
        _playground.BeginErrorReadLine();
        Playground = new HttpClient { BaseAddress = PlaygroundBase, Timeout = TimeSpan.FromSeconds(30) };
        return await WaitUntilReadyAsync();
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

    /// <summary>True once the playground answers its ping; false if it exited first (its port was taken).</summary>
    private async Task<bool> WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_playground!.HasExited)
            {
                return false;
            }

            try
            {
                var pong = await Playground.GetStringAsync("/_debug/ping", timeout.Token);
                if (pong.Contains("pong", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: a readiness poll, bounded by the timeout above.
            }

            await Task.Delay(200, timeout.Token);
        }
    }
}
