using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>One version of the questionnaire with its scoring rules. Immutable once loaded.</summary>
internal sealed record ItemBank(
    string Version,
    bool IsCurrent,
    int ElevatedFrom,
    int HighFrom,
    int MaxHistory,
    int ReuseAnswersDays,
    IReadOnlyList<PitfallDefinition> Pitfalls,
    IReadOnlyList<LessonDefinition> Lessons,
    IReadOnlyList<Item> ContextItems,
    IReadOnlyList<Item> Items,
    IReadOnlyList<ContradictionRule> Contradictions)
{
    /// <summary>
    /// The fewest answered questions a pitfall needs for a score; with fewer ("weet ik niet", skipped) the
    /// result says so instead of a number, since one answer alone says too little.
    /// </summary>
    public int MinAnswered { get; init; } = 1;

    public Item? FindItem(string id) =>
        ContextItems.FirstOrDefault(i => i.Id == id) ?? Items.FirstOrDefault(i => i.Id == id);

    public Item ContextItem(ContextDimension dimension) => ContextItems.First(i => i.Dimension == dimension);

    public PitfallDefinition Pitfall(string id) => Pitfalls.First(p => p.Id == id);

    public LessonDefinition Lesson(string id) => Lessons.First(l => l.Id == id);

    /// <summary>The check's questions for a role, in bank order.</summary>
    public IReadOnlyList<Item> ItemsFor(CheckKind kind, Role role) =>
        [.. Items.Where(i => (kind == CheckKind.Quick ? i.InQuick : i.InFull) && i.Roles.Contains(role))];
}
