namespace PartnershipBot.Reports;

/// <summary>The formats a report comes in; the names are what links and the CLI use.</summary>
internal static class ReportFormat
{
    public const string Html = "html";
    public const string Pdf = "pdf";
    public const string Csv = "csv";

    public static readonly IReadOnlyList<string> All = [Html, Pdf, Csv];
}
