using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace PartnershipBot.Bot.Tests.Cluster;

/// <summary>
/// The published bot (PartnershipBot.dll beside the tests) as its own process on a free loopback port:
/// what an App Service instance is. <see cref="Kill"/> is SIGKILL — no shutdown hook, no goodbye to the
/// scheduler cluster, as when an instance dies.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process, string dataDirectory)
    {
        _process = process;
        DataDirectory = dataDirectory;
    }

    public Uri? BaseAddress { get; private set; }

    public string DataDirectory { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process printed so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the bot with <paramref name="settings"/> and returns once <c>/health/ready</c> answers 200.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("pbot-proc-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartnershipBot.dll"));
        foreach (var argument in new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging:Console:FormatterName"] = "simple",
        }.Concat(settings))
        {
            start.ArgumentList.Add($"--{argument.Key}={argument.Value}");
        }

        // Development mode on loopback: no credentials may leak in from the machine.
        foreach (var name in new[] { "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId", "ASPNETCORE_URLS", "OTEL_EXPORTER_OTLP_ENDPOINT", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            start.Environment.Remove(name);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var bot = new BotProcess(process, dataDirectory);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => bot.Record(e.Data, listening);
        process.ErrorDataReceived += (_, e) => bot.Record(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            bot.BaseAddress = await listening.Task.WaitAsync(StartTimeout);
            await bot.WaitUntilReadyAsync();
        }
        catch (TimeoutException)
        {
            await bot.DisposeAsync();
            throw new TimeoutException("The bot process did not become ready:\n" + bot.Output);
        }

        return bot;
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new TimeoutException("The bot process exited.");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (TimeProvider.System.GetElapsedTime(started) > StartTimeout)
            {
                throw new TimeoutException("/health/ready never answered 200.");
            }

            await Task.Delay(200);
        }
    }

    private void Record(string? line, TaskCompletionSource<Uri>? listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (listening is not null && ListeningOn().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
