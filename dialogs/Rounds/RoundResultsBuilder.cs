using System.Globalization;
using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Dialogs.Rounds.RoundTexts;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>Builds the results view: aggregate (with suppression), clear and large role gaps, trend, themes.</summary>
public static class RoundResultsBuilder
{
    public static RoundResultsView Build(Round round, Round? previous, Language l)
    {
        ArgumentNullException.ThrowIfNull(round);
        var aggregate = RoundAggregator.Aggregate(round);
        var gaps = RoleGapAnalyzer.Analyze(aggregate).Where(g => g.Size != GapSize.Small).ToList();
        var trend = previous is null ? [] : RoundTrend.Compare(aggregate, RoundAggregator.Aggregate(previous));
        var rows = aggregate.Groups.Append(aggregate.Total).Select(g => Row(g, aggregate, l)).ToList();
        var date = round.ClosesAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(l == Language.Nl ? "nl-NL" : "en-GB"));
        return new RoundResultsView(
            round.Id,
            l,
            T(l, $"Resultaten ronde: {round.PartnershipName}", $"Round results: {round.PartnershipName}"),
            T(l,
                $"{aggregate.Respondents} deelnemers · {(round.IsOpen ? "sluit" : "gesloten, sluitdatum")} {date} · groepen vanaf {aggregate.MinimumGroupSize} personen",
                $"{aggregate.Respondents} respondents · {(round.IsOpen ? "closes" : "closed, closing date")} {date} · groups from {aggregate.MinimumGroupSize} people"),
            [.. aggregate.PitfallIds.Select(p => Pitfall(p, l))],
            rows,
            [.. gaps.Select(g => Gap(g, l))],
            gaps.Count > 0 ? null : T(l,
                "Geen duidelijke verschillen tussen de zichtbare rollen (minder dan 15 punten), of te weinig zichtbare groepen om te vergelijken.",
                "No clear differences between the visible roles (under 15 points), or too few visible groups to compare."),
            [.. trend.Select(t => Trend(t, l))],
            previous is null
                ? T(l, "Dit is de eerste ronde van dit samenwerkingsverband: nog geen trend.", "This is the partnership's first round: no trend yet.")
                : trend.Count == 0
                    ? T(l, "Geen groep was in beide rondes groot genoeg om te vergelijken.", "No group was large enough in both rounds to compare.")
                    : T(l, "Verschil met de vorige ronde (alleen groepen die beide keren zichtbaar waren).", "Change since the previous round (only groups visible both times)."),
            aggregate.Themes is null ? [] : [.. aggregate.Themes.Select(t => T(l, $"{Pitfall(t.ThemeId, l)}: {t.Respondents} deelnemers", $"{Pitfall(t.ThemeId, l)}: {t.Respondents} respondents"))],
            aggregate.Themes is null
                ? T(l, $"Thema's uit vrije tekst verschijnen pas vanaf {GroupSize.ThemeMinimum} deelnemers.", $"Themes from free text appear only from {GroupSize.ThemeMinimum} respondents.")
                : T(l, "Thema's uit vrije tekst, zonder citaten.", "Themes from free text, without quotes."),
            T(l,
                $"Niemand ziet individuele antwoorden. Een groep met minder dan {aggregate.MinimumGroupSize} deelnemers wordt niet getoond, en soms een tweede groep ook, zodat de verborgen groep niet uit het totaal is af te leiden.",
                $"Nobody sees individual answers. A group with fewer than {aggregate.MinimumGroupSize} respondents is not shown, sometimes with a second group too, so the hidden group cannot be worked out from the total."),
            !round.IsOpen);
    }

    private static GroupRowView Row(GroupResult group, RoundAggregate aggregate, Language l)
    {
        var label = RoleGroup(group.Role, l);
        if (!group.IsShown)
        {
            var reason = group.Visibility == Visibility.TooFew
                ? T(l, "te weinig deelnemers", "too few respondents")
                : T(l, "verborgen ter bescherming van een kleine groep", "hidden to protect a small group");
            return new GroupRowView(label, reason, [.. aggregate.PitfallIds.Select(_ => reason)], true);
        }

        return new GroupRowView(
            label,
            T(l, $"{group.Count} deelnemers", $"{group.Count} respondents"),
            [.. aggregate.PitfallIds.Select(p => group.Mean(p) is { } mean ? T(l, $"{mean} van 100 · {Level(mean, l)}", $"{mean} of 100 · {Level(mean, l)}") : "–")],
            false);
    }

    private static GapView Gap(RoleGap gap, Language l) => new(
        T(l,
            $"{Pitfall(gap.PitfallId, l)}: {RoleGroup(gap.Higher, l)} {gap.HigherMean} tegenover {RoleGroup(gap.Lower, l)} {gap.LowerMean}",
            $"{Pitfall(gap.PitfallId, l)}: {RoleGroup(gap.Higher, l)} {gap.HigherMean} against {RoleGroup(gap.Lower, l)} {gap.LowerMean}"),
        RoundTexts.GapSize(gap.Size, gap.Points, l),
        GapExplanation(gap, l));

    private static string Trend(TrendLine t, Language l)
    {
        var direction = t.Delta switch
        {
            > 0 => T(l, $"{t.Delta} punten hoger", $"{t.Delta} points higher"),
            < 0 => T(l, $"{-t.Delta} punten lager", $"{-t.Delta} points lower"),
            _ => T(l, "gelijk", "unchanged"),
        };
        return $"{RoleGroup(t.Role, l)} · {Pitfall(t.PitfallId, l)}: {t.Previous} → {t.Current} ({direction})";
    }
}
