using System.Globalization;
using System.Text;
using System.Text.Json;
using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// The overview of a finished check: who and when, the overall picture, one risk bar per pitfall,
/// answers that contradict each other, and the change since the previous check.
/// </summary>
internal static class ResultsCard
{
    /// <summary>Teams' budget for a card; a long full check lists fewer of its weakest answers to stay within it.</summary>
    public const int MaxBytes = 28 * 1024;

    public static AdaptiveCard Build(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var most = report.Pitfalls.Select(p => p.Evidence.Count).DefaultIfEmpty(0).Max();
        for (var limit = most; limit > 1; limit--)
        {
            var card = Build(report, limit);
            if (Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(card, CardJson.Default.AdaptiveCard)) <= MaxBytes)
            {
                return card;
            }
        }

        return Build(report, 1);
    }

    private static AdaptiveCard Build(CheckReport report, int evidenceLimit)
    {
        var texts = CardTexts.For(report.Language);
        List<CardElement> body =
        [
            CardParts.Heading(report.Title),
            CardParts.Subtle(string.Join(" · ", report.RoleLabel, texts.Date(report.CompletedAt),
                texts.AnsweredAndSkipped.Format(("answered", report.AnsweredCount), ("dontKnow", report.DontKnowCount), ("skipped", report.SkippedCount)))),
        ];
        if (report.Context.Count > 0)
        {
            body.Add(new FactSet([.. report.Context.Select(line => new Fact(line.Label, line.Value))]) { Spacing = Spacing.Small });
        }

        body.Add(CardParts.Paragraph(report.OverallSummary) with { Spacing = Spacing.Medium });
        if (report.ScoreExplanation is { Length: > 0 } explanation)
        {
            body.Add(CardParts.Subtle(explanation));
        }

        body.AddRange(report.Pitfalls.Select(pitfall => RiskBar.Build(pitfall, texts, evidenceLimit)));
        if (report.OpenAnswer is { } open)
        {
            body.AddRange(OpenAnswer(open));
        }

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

        // No "see the advice" button: the advice cards follow right below, one per pitfall that needs attention.
        return CardParts.Card(FallbackText(report, texts), body, CardParts.Suggested(report.Actions));
    }

    /// <summary>The analyzer's reading of the open answer: what it recognised, how strongly, the points it added.</summary>
    private static IEnumerable<CardElement> OpenAnswer(OpenAnswerView open)
    {
        yield return CardParts.Subheading(open.Title) with { Separator = true };
        yield return CardParts.Paragraph(open.Summary);
        foreach (var finding in open.Findings)
        {
            var words = finding.Phrases.Count == 0 ? string.Empty : " — " + string.Join(", ", finding.Phrases.Select(p => "“" + p + "”"));
            yield return CardParts.ListItem(EvidenceLines.Points(finding.Points), finding.Title + " (" + finding.Strength + ")" + words);
        }
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
