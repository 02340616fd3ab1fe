namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>A pitfall and the lesson that protects against it.</summary>
internal sealed record PitfallDefinition(string Id, string LessonId, LocalText Title, LocalText Description);
