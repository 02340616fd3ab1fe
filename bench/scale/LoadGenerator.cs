using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipBot.Bench.Scale;

/// <summary>The shared load generator (../shared/bench/loadgen.js) run against the bot: quick checks to their results.</summary>
internal static class LoadGenerator
{
    /// <summary>The tenant and user ids the load generator uses.</summary>
    public const string Tenant = "72f988bf-0000-0000-0000-000000000000";

    public static string User(int index) => "29:1user" + index.ToString(CultureInfo.InvariantCulture);

    public static async Task<JsonObject> RunAsync(int botPort, int stubPort, int conversations)
    {
        var script = Path.Combine(Root(), "..", "shared", "bench", "loadgen.js");
        var output = Path.GetTempFileName();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--bot", $"http://127.0.0.1:{botPort}/api/messages", "--port", stubPort.ToString(CultureInfo.InvariantCulture),
                "--conversations", conversations.ToString(CultureInfo.InvariantCulture), "--concurrency", "16", "--warmup", "0",
                "--answers", "16", "--until-summary", "1", "--label", "scale", "--out", output,
            },
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = File.ReadLines(output).Last();
        File.Delete(output);
        return JsonNode.Parse(line)!.AsObject();
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnershipBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from inside the repository.");
    }
}
