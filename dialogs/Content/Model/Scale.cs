using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>An answer scale: its kind and its options (none for free text).</summary>
internal sealed record Scale(string Id, QuestionKind Kind, IReadOnlyList<ScaleOption> Options)
{
    public ScaleOption? Find(string value) => Options.FirstOrDefault(o => o.Value == value);
}
