using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The one place that turns rounds into a report model. Figures come from each round's stored release
/// (the final one of a closed round) through the same results view the round card is built from, so the
/// report and the card cannot differ and nothing is recomputed from responses.
/// </summary>
public static class BoardReportMapper
{
    /// <param name="current">The round the report is about.</param>
    /// <param name="earlier">Earlier rounds of the same partnership, oldest first (for the trend).</param>
    /// <param name="actions">The partnership's action register; those recorded since the previous round are shown.</param>
    public static BoardReportModel FromRounds(Round current, IReadOnlyList<Round> earlier, ContentCatalog catalog, Language language, DateTimeOffset generatedAt, string version, IReadOnlyList<ActionItem>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(catalog);
        var currentRelease = ReleaseOf(current) ?? throw new ArgumentException("The round has released no figures yet.", nameof(current));
        // Earlier rounds that never released figures have nothing to show.
        var all = earlier.Where(r => ReleaseOf(r) is not null).Append(current).ToList();
        var rounds = all.Select((r, i) => MapRound(r, ReleaseOf(r)!, i + 1, catalog, language)).ToList();
        var view = RoundResultsBuilder.Build(current, currentRelease, language);
        var trend = currentRelease.Trend;
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
            Actions(actions ?? [], all.Count > 1 ? all[^2].CreatedAt : null, language),
            ReportTexts.For(language).NoActions,
            new ReportColophon(generatedAt, version, currentRelease.ReleasedAt));
    }

    /// <summary>What a report may show of a round: its final release, or for an open round the latest interim one.</summary>
    public static RoundRelease? ReleaseOf(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.FinalRelease ?? round.LatestRelease;
    }

    private static ReportRound MapRound(Round round, RoundRelease release, int sequence, ContentCatalog catalog, Language language)
    {
        var aggregate = release.Aggregate;
        var view = RoundResultsBuilder.Build(round, release, language);
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
            release.ReleasedAt,
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

    private static List<ReportAction> Actions(IReadOnlyList<ActionItem> actions, DateTimeOffset? since, Language language)
    {
        var texts = ActionTexts.For(language);
        return [.. actions.Where(a => since is null || a.CreatedAt >= since).OrderBy(a => a.Due).Select(a => new ReportAction(a.Description, texts.Owner(a), a.Due, texts.Status(a.Status)))];
    }

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Dates as the partnership reads them: in Amsterdam time, like the card's.</summary>
    private static DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime);

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
