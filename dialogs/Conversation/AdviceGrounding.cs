namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// What an advice answer rests on: the user's question (this turn only), the lesson and pitfall chosen, the role
/// if known, the passages retrieved (the only ones a model may cite) and those the local answer used.
/// </summary>
public sealed record AdviceGrounding(
    string Question,
    string LessonId,
    string LessonTitle,
    string PitfallId,
    string PitfallTitle,
    Role? Role,
    IReadOnlyList<AdviceSource> Passages,
    IReadOnlyList<string> UsedPassageIds);
