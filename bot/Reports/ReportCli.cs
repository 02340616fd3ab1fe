using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Reports;

/// <summary>
/// <c>PartnershipBot report --tenant TENANT --round ID --format html|pdf|csv --out DIR [--language nl|en]</c>:
/// the same report as the signed link, written to a file, read from the bot's configured storage. Other
/// arguments (for example <c>--Storage:DataDirectory=…</c>) configure the storage as for the bot.
/// </summary>
internal static class ReportCli
{
    public const string Name = "report";

    private const string Usage = "usage: PartnershipBot report --tenant TENANT --round ID --format html|pdf|csv --out DIR [--language nl|en] [configuration…]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var configuration = new List<string>();
        var rest = args.Length > 0 && args[0] == Name ? args[1..] : args;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] is "--tenant" or "--round" or "--format" or "--out" or "--language" && i + 1 < rest.Length)
            {
                options[rest[i][2..]] = rest[++i];
            }
            else
            {
                configuration.Add(rest[i]);
            }
        }

        var format = options.GetValueOrDefault("format")?.ToLowerInvariant();
        var language = options.GetValueOrDefault("language", "nl").ToLowerInvariant();
        if (!options.TryGetValue("tenant", out var tenant) || !options.TryGetValue("round", out var round) || !options.TryGetValue("out", out var directory)
            || format is null || !ReportFormat.All.Contains(format) || language is not ("nl" or "en"))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var app = BotApp.Build([.. configuration]);
        await using (app.ConfigureAwait(false))
        {
            var reports = app.Services.GetRequiredService<RoundReports>();
            var content = await reports.RenderAsync(tenant, round, format, language == "en" ? Language.En : Language.Nl, ct).ConfigureAwait(false);
            if (content is null)
            {
                await output.WriteLineAsync("No round with that id in that tenant.").ConfigureAwait(false);
                return 1;
            }

            Directory.CreateDirectory(directory);
            var path = Path.Combine(Path.GetFullPath(directory), content.FileName);
            await File.WriteAllBytesAsync(path, content.Body, ct).ConfigureAwait(false);
            await output.WriteLineAsync(path).ConfigureAwait(false);
            return 0;
        }
    }
}
