using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Reports;

/// <summary>The answer to <c>ronde rapport</c>: the report's links (HTML, PDF, CSV, other language), valid for a few minutes.</summary>
public static class ReportLinkCard
{
    public static JsonObject Build(string partnershipName, string roundTitle, int minutes, Language language, Uri html, Uri pdf, Uri csv, Uri otherLanguageHtml)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(otherLanguageHtml);
        string L(string nl, string en) => language == Language.Nl ? nl : en;
        var title = L($"Evaluatierapport {partnershipName}", $"Evaluation report {partnershipName}");
        var text = L(
            $"{roundTitle}. De knoppen openen het rapport met de vrijgegeven cijfers, dezelfde als op de resultatenkaart. De links werken {Minutes(minutes, language)} en alleen voor dit rapport; vraag daarna met 'ronde rapport' om nieuwe.",
            $"{roundTitle}. The buttons open the report with the released figures, the same as on the results card. The links work for {Minutes(minutes, language)} and only for this report; after that, ask for new ones with 'round report'.");
        return Card(
            title + "\n" + text,
            [Heading(title), Text(text)],
            [
                OpenUrl(L("Rapport openen (HTML)", "Open report (HTML)"), html),
                OpenUrl(L("PDF downloaden", "Download PDF"), pdf),
                OpenUrl(L("Cijfers downloaden (CSV)", "Download figures (CSV)"), csv),
                OpenUrl(L("Report in English", "Rapport in het Nederlands"), otherLanguageHtml),
            ]);
    }

    private static string Minutes(int minutes, Language language) =>
        Dialogs.Content.Texts.InlineTemplate.Format(language, "{n, plural, one {# minuut} other {# minuten}}", "{n, plural, one {# minute} other {# minutes}}", ("n", minutes));

    private static JsonObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
}
