namespace PartnershipBot.Dialogs.Conversation;

/// <summary>One pitfall recognised in free text, with the user's own phrases that raised it and the lesson against it.</summary>
public sealed record SituationFinding(
    string PitfallId,
    string Title,
    string Description,
    double Score,
    IReadOnlyList<string> Phrases,
    string LessonId,
    string LessonTitle,
    string LessonText);
