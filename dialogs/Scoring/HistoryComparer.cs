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

    /// <summary>
    /// The change since the user's previous check of the same kind in the same role: a quick check and a
    /// full one, or an owner's and a client's view, measure different things and are never compared.
    /// </summary>
    public static ChangeSinceLast? SinceLast(UiContent ui, ItemBank bank, UserProfile profile, CheckKind kind, Role role, IReadOnlyList<PitfallScore> current, Language language)
    {
        if (Comparable(profile.History, kind, role) is not { } last)
        {
            return null;
        }

        var changes = Compare(bank, last.Pitfalls, current, language);
        var sum = changes.Sum(c => c.Delta);
        var key = sum < -Threshold ? "change.better" : sum > Threshold ? "change.worse" : "change.same";
        return new ChangeSinceLast(last.CompletedAt, last.Kind, changes, ui.Format(key, language, ("kind", KindLabel(ui, kind, language))));
    }

    /// <summary>Why there is no comparison: the first check ever, or the first of this kind in this role.</summary>
    public static string? NoComparisonNote(UiContent ui, IReadOnlyList<HistoryEntry> earlier, CheckKind kind, Role role, Language language) =>
        Comparable(earlier, kind, role) is not null ? null
        : earlier.Count == 0 ? ui.Text("change.first", language)
        : ui.Format("change.firstOfKind", language, ("kind", KindLabel(ui, kind, language)));

    /// <summary>The most recent of <paramref name="earlier"/> (newest first) with the same kind and role.</summary>
    public static HistoryEntry? Comparable(IEnumerable<HistoryEntry> earlier, CheckKind kind, Role role) =>
        earlier.FirstOrDefault(e => e.Kind == kind && e.Role == role);

    private static string KindLabel(UiContent ui, CheckKind kind, Language language) =>
        ui.Text(kind == CheckKind.Quick ? "kind.quick" : "kind.full", language);

    public static string Title(ItemBank bank, string pitfallId, Language language) =>
        bank.Pitfalls.FirstOrDefault(p => p.Id == pitfallId)?.Title[language] ?? pitfallId;
}
