using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>Compares a result with an earlier one, pitfall by pitfall (only pitfalls known in both).</summary>
internal static class HistoryComparer
{
    // The sum of the deltas must move more than this before we call it better or worse.
    private const int Threshold = 5;

    public static IReadOnlyList<PitfallChange> Compare(
        ItemBank bank, IReadOnlyList<PitfallScore> previous, IReadOnlyList<PitfallScore> current, Language language) =>
        [.. current
            .Where(c => c.Level != RiskLevel.Unknown)
            .Select(c => (Current: c, Previous: previous.FirstOrDefault(p => p.PitfallId == c.PitfallId && p.Level != RiskLevel.Unknown)))
            .Where(pair => pair.Previous is not null)
            .Select(pair => new PitfallChange(
                pair.Current.PitfallId, Title(bank, pair.Current.PitfallId, language),
                pair.Previous!.Risk, pair.Previous.Level, pair.Current.Risk, pair.Current.Level,
                pair.Current.Risk - pair.Previous.Risk))];

    public static ChangeSinceLast? SinceLast(UiContent ui, ItemBank bank, UserProfile profile, IReadOnlyList<PitfallScore> current, Language language)
    {
        if (profile.History.Count == 0)
        {
            return null;
        }

        var last = profile.History[0];
        var changes = Compare(bank, last.Pitfalls, current, language);
        var sum = changes.Sum(c => c.Delta);
        var key = sum < -Threshold ? "change.better" : sum > Threshold ? "change.worse" : "change.same";
        return new ChangeSinceLast(last.CompletedAt, last.Kind, changes, ui.Text(key, language));
    }

    public static string Title(ItemBank bank, string pitfallId, Language language) =>
        bank.Pitfalls.FirstOrDefault(p => p.Id == pitfallId)?.Title[language] ?? pitfallId;
}
