using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Dialogs.Rounds.RoundTexts;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Lays out one release: its frozen figures, the clear and large role gaps between them, the trend frozen
/// with it, and themes. Nothing is recomputed from responses: every view of a release shows the same.
/// </summary>
public static class RoundResultsBuilder
{
    public static RoundResultsView Build(Round round, RoundRelease release, Language l)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(release);
        var aggregate = release.Aggregate;
        var gaps = RoleGapAnalyzer.Analyze(aggregate).Where(g => g.Size != GapSize.Small).ToList();
        var rows = aggregate.Groups.Append(aggregate.Total).Select(g => Row(g, aggregate, l)).ToList();
        var closing = Date(round.ClosesAt, l);
        var released = Date(release.ReleasedAt, l);
        return new RoundResultsView(
            round.Id,
            l,
            T(l, $"Resultaten ronde: {round.PartnershipName}", $"Round results: {round.PartnershipName}"),
            T(l,
                $"{Respondents(aggregate.Respondents, l)} in de cijfers · {(release.Final ? "gesloten, sluitdatum" : "sluit")} {closing} · groepen vanaf {People(aggregate.MinimumGroupSize, l)}",
                $"{Respondents(aggregate.Respondents, l)} in the figures · {(release.Final ? "closed, closing date" : "closes")} {closing} · groups from {People(aggregate.MinimumGroupSize, l)}"),
            [.. aggregate.PitfallIds.Select(p => Pitfall(p, l))],
            rows,
            [.. gaps.Select(g => Gap(g, l))],
            gaps.Count > 0 ? null : T(l,
                "Geen duidelijke verschillen tussen de zichtbare rollen (minder dan 15 punten), of te weinig zichtbare groepen om te vergelijken.",
                "No clear differences between the visible roles (under 15 points), or too few visible groups to compare."),
            [.. release.Trend.Select(t => Trend(t, l))],
            release.ComparedWith is not { } compared
                ? T(l, "Dit is de eerste ronde van dit samenwerkingsverband: nog geen trend.", "This is the partnership's first round: no trend yet.")
                : release.Trend.Count == 0
                    ? T(l, $"Vergeleken met de vorige ronde (cijfers van {Date(compared.ReleasedAt, l)}): geen groep was beide keren groot genoeg.", $"Compared with the previous round (figures of {Date(compared.ReleasedAt, l)}): no group was large enough both times.")
                    : T(l, $"Verschil met de vorige ronde (cijfers van {Date(compared.ReleasedAt, l)}; alleen groepen die beide keren zichtbaar waren).", $"Change since the previous round (figures of {Date(compared.ReleasedAt, l)}; only groups visible both times)."),
            aggregate.Themes is null ? [] : [.. aggregate.Themes.Select(t => $"{Pitfall(t.ThemeId, l)}: {Respondents(t.Respondents, l)}")],
            aggregate.Themes is not null
                ? T(l, "Thema's uit vrije tekst, zonder citaten.", "Themes from free text, without quotes.")
                : release.Final
                    ? T(l, $"Thema's uit vrije tekst verschijnen pas vanaf {Respondents(GroupSize.ThemeMinimum, l)}.", $"Themes from free text appear only from {Respondents(GroupSize.ThemeMinimum, l)}.")
                    : T(l, "Thema's uit vrije tekst verschijnen alleen in de eindresultaten.", "Themes from free text appear only in the final results."),
            T(l,
                $"Niemand ziet individuele antwoorden. Antwoorden tellen pas mee in blokken van minstens {People(aggregate.MinimumGroupSize, l)} met dezelfde rol; een rol zonder zo'n blok telt nergens mee, ook niet in het totaal. Vrijgegeven cijfers veranderen niet meer, ook niet als iemand zich later afmeldt.",
                $"Nobody sees individual answers. Answers count only in blocks of at least {People(aggregate.MinimumGroupSize, l)} with the same role; a role without such a block counts nowhere, not in the total either. Released figures never change, not even when someone withdraws later."),
            release.Final,
            release.Sequence,
            release.Final
                ? T(l, $"Eindresultaten, vrijgegeven op {released}.", $"Final results, released on {released}.")
                : T(l, $"Tussenstand nr. {release.Sequence}, vrijgegeven op {released}.", $"Interim results no. {release.Sequence}, released on {released}."));
    }

    public static string Date(DateTimeOffset moment, Language l) =>
        Content.Texts.DisplayDates.Date(moment, l);

    private static GroupRowView Row(GroupResult group, RoundAggregate aggregate, Language l)
    {
        var label = RoleGroup(group.Role, l);
        if (!group.IsShown)
        {
            var reason = T(l, $"nog geen blok van {People(aggregate.MinimumGroupSize, l)}", $"no block of {People(aggregate.MinimumGroupSize, l)} yet");
            return new GroupRowView(label, reason, [.. aggregate.PitfallIds.Select(_ => reason)], true);
        }

        var shares = aggregate.PitfallIds.Where(p => group.HighShare(p) is not null).Select(p => $"{Pitfall(p, l)} {group.HighShare(p)}%").ToList();
        return new GroupRowView(
            label,
            Respondents(group.Count ?? 0, l),
            [.. aggregate.PitfallIds.Select(p => group.Mean(p) is { } mean ? T(l, $"{mean} van 100 · {Level(mean, l)}", $"{mean} of 100 · {Level(mean, l)}") : "–")],
            false,
            shares.Count == 0 ? null : T(l, "Aandeel met hoog risico: ", "Share at high risk: ") + string.Join(" · ", shares));
    }

    private static GapView Gap(RoleGap gap, Language l) => new(
        T(l,
            $"{Pitfall(gap.PitfallId, l)}: {RoleGroup(gap.Higher, l)} {gap.HigherMean} tegenover {RoleGroup(gap.Lower, l)} {gap.LowerMean}",
            $"{Pitfall(gap.PitfallId, l)}: {RoleGroup(gap.Higher, l)} {gap.HigherMean} against {RoleGroup(gap.Lower, l)} {gap.LowerMean}"),
        RoundTexts.GapSize(gap.Size, gap.Points, l),
        GapExplanation(gap, l),
        $"{gap.PitfallId}:{gap.Higher}-{gap.Lower}".ToLowerInvariant());

    private static string Trend(TrendLine t, Language l)
    {
        var direction = t.Delta switch
        {
            > 0 => T(l, $"{Points(t.Delta, l)} hoger", $"{Points(t.Delta, l)} higher"),
            < 0 => T(l, $"{Points(-t.Delta, l)} lager", $"{Points(-t.Delta, l)} lower"),
            _ => T(l, "gelijk", "unchanged"),
        };
        return $"{RoleGroup(t.Role, l)} · {Pitfall(t.PitfallId, l)}: {t.Previous} → {t.Current} ({direction})";
    }
}
