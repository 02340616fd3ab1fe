using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>One short passage of guidance with a stable id, tied to a lesson and the pitfall it protects against.</summary>
internal sealed record AdvicePassage(string Id, string LessonId, string PitfallId, PassageKind Kind, Role? Role, LocalText Text);
