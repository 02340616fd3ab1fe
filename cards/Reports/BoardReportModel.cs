using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// Everything an evaluation report shows, in one language, already through every confidentiality rule:
/// the renderers (HTML, PDF, CSV) only lay it out and never compute a figure. <see cref="Rounds"/> run
/// oldest first; the last is the round the report is about.
/// </summary>
public sealed record BoardReportModel(
    Language Language,
    string PartnershipName,
    IReadOnlyList<ReportRound> Rounds,
    IReadOnlyList<ReportTrendLine> Trend,
    string TrendNote,
    ReportMethod Method,
    IReadOnlyList<ReportAction> Actions,
    string ActionsNote,
    ReportColophon Colophon)
{
    public ReportRound Current => Rounds[^1];
}
