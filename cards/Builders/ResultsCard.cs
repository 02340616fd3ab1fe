using System.Globalization;
using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// The overview of a finished check: who and when, the overall picture, one risk bar per pitfall,
/// answers that contradict each other, and the change since the previous check.
/// </summary>
internal static class ResultsCard
{
    public static AdaptiveCard Build(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var texts = CardTexts.For(report.Language);
        List<CardElement> body =
        [
            CardParts.Heading(report.Title),
            CardParts.Subtle(string.Join(" · ", report.RoleLabel, texts.Date(report.CompletedAt),
                texts.AnsweredAndSkipped.Format(("answered", report.AnsweredCount), ("skipped", report.SkippedCount)))),
        ];
        if (report.Context.Count > 0)
        {
            body.Add(new FactSet([.. report.Context.Select(line => new Fact(line.Label, line.Value))]) { Spacing = Spacing.Small });
        }

        body.Add(CardParts.Paragraph(report.OverallSummary) with { Spacing = Spacing.Medium });
        body.AddRange(report.Pitfalls.Select(pitfall => RiskBar.Build(pitfall, texts)));
        if (report.Contradictions.Count > 0)
        {
            body.Add(CardParts.Subheading(texts.Contradictions) with { Separator = true });
            body.AddRange(CardParts.Bulleted(report.Contradictions.Select(c => c.Text)));
        }

        if (report.ChangeSinceLast is { } change)
        {
            body.AddRange(Change(change, texts));
        }
        else if (report.ComparisonNote is { Length: > 0 } note)
        {
            body.Add(CardParts.Subtle(note) with { Separator = true, Spacing = Spacing.Medium });
        }

        return CardParts.Card(
            FallbackText(report, texts), body, [AdviceAtAGlance(report, texts), .. CardParts.Suggested(report.Actions)]);
    }

    /// <summary>
    /// "See the advice" unfolds the lessons and next steps right on the overview (the full advice cards
    /// follow as separate messages), so the overview stays useful when it is scrolled back to later.
    /// </summary>
    private static ShowCardAction AdviceAtAGlance(CheckReport report, CardTexts texts)
    {
        List<CardElement> body = [];
        foreach (var advice in report.Advice)
        {
            body.Add(CardParts.Subheading(advice.LessonTitle));
            body.AddRange(CardParts.Numbered(advice.NextSteps));
        }

        if (report.Healthy is { } healthy)
        {
            body.Add(CardParts.Paragraph(healthy.Recognition));
            body.AddRange(CardParts.Bulleted(healthy.KeepWatching));
        }

        return new ShowCardAction(texts.ShowAdvice, new ShownCard(body));
    }

    private static IEnumerable<CardElement> Change(ChangeSinceLast change, CardTexts texts)
    {
        yield return CardParts.Subheading(texts.ChangeSinceLast + " (" + texts.Date(change.PreviousCompletedAt) + ")") with { Separator = true };
        yield return CardParts.Paragraph(change.Summary);
        if (change.Pitfalls.Count > 0)
        {
            yield return new FactSet([.. change.Pitfalls.Select(p => new Fact(p.Title, ChangeLine(p, texts)))]) { Spacing = Spacing.Small };
        }
    }

    /// <summary>"40 → 55 (hoger, +15)": the direction in words as well as in the arrow and sign.</summary>
    public static string ChangeLine(PitfallChange change, CardTexts texts)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(texts);
        var direction = change.Delta switch
        {
            > 0 => texts.Higher,
            < 0 => texts.Lower,
            _ => texts.Unchanged,
        };
        var delta = change.Delta == 0 ? string.Empty : ", " + change.Delta.ToString("+0;−0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{change.PreviousRisk} → {change.CurrentRisk} ({direction}{delta})");
    }

    private static string FallbackText(CheckReport report, CardTexts texts) =>
        CardParts.Fallback([
            report.Title,
            report.OverallSummary,
            .. report.Pitfalls.Select(p => p.Title + " — " + RiskBar.Label(p, texts)),
        ]);
}
