namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>A lesson from partnerships that worked.</summary>
internal sealed record LessonDefinition(string Id, LocalText Title);
