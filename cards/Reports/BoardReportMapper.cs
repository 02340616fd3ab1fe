using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The one place that turns today's round types into a report model. Figures and their wording come from
/// the same aggregation and results view the round card is built from, so the report and the card cannot
/// differ. When rounds are released as immutable records, only this file changes: map the release instead.
/// </summary>
public static class BoardReportMapper
{
    /// <param name="current">The round the report is about.</param>
    /// <param name="earlier">Earlier rounds of the same partnership, oldest first (for the trend).</param>
    public static BoardReportModel FromRounds(Round current, IReadOnlyList<Round> earlier, ContentCatalog catalog, Language language, DateTimeOffset generatedAt, string version)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(catalog);
        var all = earlier.Append(current).ToList();
        var rounds = all.Select((r, i) => MapRound(r, i == 0 ? null : all[i - 1], i + 1, catalog, language)).ToList();
        var previous = earlier.Count > 0 ? earlier[^1] : null;
        var view = RoundResultsBuilder.Build(current, previous, language);
        var trend = previous is null ? [] : RoundTrend.Compare(RoundAggregator.Aggregate(current), RoundAggregator.Aggregate(previous));
        var (elevated, high) = MethodFacts.Bands(catalog);
        var method = new ReportMethod(
            [.. RoundAggregator.Roles.Select(role => new ReportStatementList(view.Rows[RoundAggregator.Roles.ToList().IndexOf(role)].Label, MethodFacts.QuickStatements(catalog, role, language)))],
            MethodFacts.ContextQuestions(catalog),
            elevated,
            high,
            current.MinimumGroupSize,
            GroupSize.ThemeMinimum);
        return new BoardReportModel(
            language,
            current.PartnershipName,
            rounds,
            [.. trend.Zip(view.TrendLines, (t, text) => new ReportTrendLine(RoleId(t.Role), t.PitfallId, t.Previous, t.Current, text))],
            view.TrendNote,
            method,
            [],
            ReportTexts.For(language).NoActions,
            new ReportColophon(generatedAt, version, ReleasedAt(current, generatedAt)));
    }

    private static ReportRound MapRound(Round round, Round? previous, int sequence, ContentCatalog catalog, Language language)
    {
        var aggregate = RoundAggregator.Aggregate(round);
        var view = RoundResultsBuilder.Build(round, previous, language);
        var groups = aggregate.Groups.Append(aggregate.Total)
            .Zip(view.Rows, (group, row) => new ReportGroup(
                RoleId(group.Role),
                row.Label,
                group.IsShown,
                group.IsShown ? group.Count : null,
                row.CountText,
                [.. aggregate.PitfallIds.Zip(row.Cells, (pitfall, cell) => new ReportCell(pitfall, group.IsShown ? group.Mean(pitfall) : null, LevelOf(cell), cell))]))
            .ToList();
        var gaps = RoleGapAnalyzer.Analyze(aggregate).Where(g => g.Size != GapSize.Small)
            .Zip(view.Gaps, (gap, shown) => new ReportGap(gap.PitfallId, shown.Title, shown.SizeText, shown.Explanation, MethodFacts.LessonFor(catalog, gap.PitfallId, language)))
            .ToList();
        var themes = aggregate.Themes?.Zip(view.Themes, (t, text) => new ReportTheme(t.ThemeId, catalog.PitfallName(t.ThemeId, language), t.Respondents, text)).ToList();
        return new ReportRound(
            round.Id,
            view.Title,
            LocalDate(round.CreatedAt),
            LocalDate(round.ClosesAt),
            sequence,
            !round.IsOpen,
            ReleasedAt(round, round.ClosesAt),
            aggregate.MinimumGroupSize,
            new ReportParticipation(round.Participants.Count, aggregate.Respondents),
            [.. aggregate.PitfallIds.Zip(view.PitfallTitles, (id, name) => new ReportPitfall(id, name))],
            groups,
            gaps,
            view.NoGapsText,
            themes,
            view.ThemesNote,
            view.ConfidentialityNote);
    }

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Dates as the partnership reads them: in Amsterdam time, like the card's.</summary>
    private static DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime);

    /// <summary>Today a round has no release time of its own: a closed round's figures count as released at its closing date, an open one's when asked.</summary>
    private static DateTimeOffset ReleasedAt(Round round, DateTimeOffset asked) => round.IsOpen ? asked : round.ClosesAt;

    /// <summary>The level word as the card's cell states it ("63 van 100 · hoog" → "hoog").</summary>
    private static string LevelOf(string cell)
    {
        var separator = cell.LastIndexOf(" · ", StringComparison.Ordinal);
        return separator < 0 ? string.Empty : cell[(separator + 3)..];
    }

    public static string RoleId(Role? role) => role switch
    {
        Role.Owner => "owner",
        Role.Client => "client",
        Role.Contractor => "contractor",
        null => "all",
        _ => "advisor",
    };
}
