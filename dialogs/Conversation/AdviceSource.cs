namespace PartnershipBot.Dialogs.Conversation;

/// <summary>One passage of guidance an answer may draw on: its stable id and its text in the answer's language.</summary>
public sealed record AdviceSource(string Id, string LessonId, string Text);
