using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>
/// Advice for each elevated or high pitfall (highest risk first) from its lesson, with the role's next steps.
/// A saying is attached where the content pairs one with the advice, each saying at most once per report. A step that
/// an answer already took (skipWhen) is left out: advice does not tell people to arrange what they said they have.
/// </summary>
internal static class AdviceSelector
{
    public static IReadOnlyList<AdviceView> Select(
        AdviceContent content, ItemBank bank, IReadOnlyList<PitfallComputation> scores, Role role, Language language,
        IReadOnlyDictionary<string, string> answers)
    {
        var usedSayings = new HashSet<string>(StringComparer.Ordinal);
        var advice = new List<AdviceView>();
        foreach (var score in scores.Where(s => s.Level is RiskLevel.Elevated or RiskLevel.High).OrderByDescending(s => s.Risk))
        {
            if (content.For(score.Pitfall.Id) is not { } entry)
            {
                continue;
            }

            string? saying = null;
            if (entry.SayingId is { } sayingId && usedSayings.Add(sayingId))
            {
                saying = content.Sayings[sayingId][language];
            }

            advice.Add(new AdviceView(
                score.Pitfall.Id, entry.LessonId, bank.Lesson(entry.LessonId).Title[language], entry.Why[language],
                [.. entry.Steps[role].Where(s => s.AppliesTo(answers)).Select(s => s.Text[language])], saying));
        }

        return advice;
    }

    public static HealthyView Healthy(AdviceContent content, IReadOnlyList<PitfallComputation> scores, Language language) =>
        new(content.HealthyRecognition[language],
            [.. scores.OrderByDescending(s => s.Risk).Select(s => content.KeepWatching[s.Pitfall.Id][language])],
            content.HealthySayingId is { } id ? content.Sayings[id][language] : null);
}
