using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>The advice for one pitfall: why, and 2–3 next steps per role.</summary>
internal sealed record AdviceEntry(
    string PitfallId,
    string LessonId,
    string? SayingId,
    LocalText Why,
    IReadOnlyDictionary<Role, IReadOnlyList<LocalText>> Steps);
