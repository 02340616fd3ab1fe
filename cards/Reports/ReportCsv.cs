using System.Globalization;
using System.Text;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The released figures as CSV (RFC 4180, UTF-8, comma-separated, one row per round, group and pitfall).
/// Column names are stable English ids; labels are in the report's language. A hidden group has an empty
/// count and mean and says why in <c>cell</c>, exactly as the card does.
/// </summary>
public static class ReportCsv
{
    public const string MediaType = "text/csv";

    private static readonly string[] Header =
        ["partnership", "round_id", "round_sequence", "final", "released_at", "closes_on", "minimum_group_size", "group_id", "group", "shown", "respondents", "pitfall_id", "pitfall", "mean", "level", "cell"];

    public static string Render(BoardReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var round in model.Rounds)
        {
            foreach (var group in round.Groups)
            {
                for (var p = 0; p < round.Pitfalls.Count; p++)
                {
                    var cell = group.Cells[p];
                    Row(csv,
                    [
                        model.PartnershipName,
                        round.RoundId,
                        Number(round.Sequence),
                        round.Final ? "true" : "false",
                        round.ReleasedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                        round.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        Number(round.MinimumGroupSize),
                        group.RoleId,
                        group.Label,
                        group.Shown ? "true" : "false",
                        group.Count is { } count ? Number(count) : string.Empty,
                        round.Pitfalls[p].Id,
                        round.Pitfalls[p].Name,
                        cell.Mean is { } mean ? Number(mean) : string.Empty,
                        group.Shown ? cell.Level : string.Empty,
                        cell.Text,
                    ]);
                }
            }
        }

        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
    }

    /// <summary>Quotes a field when it must; a leading formula character is neutralised so a spreadsheet never runs it.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
