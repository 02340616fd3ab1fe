using System.Reflection;
using System.Text;
using PartnershipBot.Actions;
using PartnershipBot.Cards.Reports;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Rounds;

namespace PartnershipBot.Reports;

/// <summary>
/// A round's report in one format and language: the round and the earlier rounds of its partnership, read
/// under the asking tenant only, through <see cref="BoardReportMapper"/> into a renderer. Used by the signed
/// links and the <c>report</c> command line alike.
/// </summary>
internal sealed class RoundReports(RoundStore store, ActionStore actions, ContentCatalog catalog, TimeProvider time)
{
    public const string Kind = "round";

    public static string Version { get; } =
        typeof(RoundReports).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The report, or null when the round does not exist in this tenant or the format is unknown.</summary>
    public async Task<SignedContent?> RenderAsync(string tenantId, string roundId, string format, Language language, CancellationToken ct)
    {
        if (!ReportFormat.All.Contains(format) || await store.GetAsync(tenantId, roundId, ct) is not { } document)
        {
            return null;
        }

        var earlier = await EarlierAsync(document.Round, ct);
        var partnership = document.Round.PartnershipId is { } id ? await store.PartnershipAsync(tenantId, id, ct) : null;
        var register = partnership is null ? [] : (await actions.GetAsync(tenantId, partnership, ct)).Actions;
        var model = BoardReportMapper.FromRounds(document.Round, earlier, catalog, language, time.GetUtcNow(), Version, register);
        var name = $"{(language == Language.Nl ? "rapport" : "report")}-{FileSafe(document.Round.PartnershipName)}-{model.Current.ClosesOn:yyyy-MM-dd}";
        return format switch
        {
            ReportFormat.Html => new SignedContent(Encoding.UTF8.GetBytes(ReportHtml.Render(model)), "text/html; charset=utf-8", name + ".html", false),
            ReportFormat.Pdf => new SignedContent(ReportPdf.Render(model), ReportPdf.MediaType, name + ".pdf", false),
            _ => new SignedContent(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReportCsv.Render(model))).ToArray(), ReportCsv.MediaType + "; charset=utf-8", name + ".csv", true),
        };
    }

    /// <summary>Earlier rounds of the same partnership entity (never another partnership with the same name), oldest first.</summary>
    private async Task<IReadOnlyList<Round>> EarlierAsync(Round current, CancellationToken ct)
    {
        var index = await store.IndexAsync(current.TenantId, ct);
        var earlier = new List<Round>();
        if (current.PartnershipId is null)
        {
            return earlier;
        }

        foreach (var entry in index.Rounds.Where(r => r.Id != current.Id && r.CreatedAt < current.CreatedAt && r.PartnershipId == current.PartnershipId).OrderBy(r => r.CreatedAt))
        {
            if (await store.GetAsync(current.TenantId, entry.Id, ct) is { } document && document.Round.PartnershipId == current.PartnershipId)
            {
                earlier.Add(document.Round);
            }
        }

        return earlier;
    }

    /// <summary>A file name part of ASCII letters, digits and dashes (Content-Disposition needs no escaping then).</summary>
    private static string FileSafe(string name)
    {
        var safe = new string([.. name.Normalize(NormalizationForm.FormD).Where(c => c < 128).Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        var collapsed = string.Join('-', safe.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? "ronde" : collapsed[..Math.Min(collapsed.Length, 60)];
    }
}
