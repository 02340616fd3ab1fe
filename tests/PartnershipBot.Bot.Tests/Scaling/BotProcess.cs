using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// The bot as its own operating-system process (<c>dotnet PartnershipBot.dll</c> from the test's output),
/// on a free loopback port in development mode, so a test can kill it with SIGKILL mid-run.
/// </summary>
internal sealed partial class BotProcess : IBotInstance, IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _client;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        _client = new HttpClient { BaseAddress = baseAddress };
    }

    /// <param name="dataDirectory">The SQLite data folder; a new one when null (another process reuses it to restart on the same file).</param>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string? dataDirectory = null)
    {
        var output = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = output,
        };
        info.ArgumentList.Add(Path.Combine(output, "PartnershipBot.dll"));
        foreach (var argument in new[]
        {
            "--urls=http://127.0.0.1:0", $"--contentRoot={output}", $"--Storage:DataDirectory={dataDirectory ?? TestBotHost.NewDataDirectory()}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The bot process exited with {process.ExitCode} before listening."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // A generous bound on start-up on a busy machine; it is not what the test measures.
            return new BotProcess(process, await listening.Task.WaitAsync(TimeSpan.FromSeconds(90)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public bool IsAlive => !_process.HasExited;

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null) =>
        _client.PostAsync("/api/messages", JsonContent.Create(activity));

    /// <summary>SIGKILL: no shutdown hooks, no draining, as when an instance dies.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
