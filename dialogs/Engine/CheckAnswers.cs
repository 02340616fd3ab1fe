using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Reading answers back out of a check's answer list.</summary>
internal static class CheckAnswers
{
    public static AnswerEntry? Find(IReadOnlyList<AnswerEntry> answers, string itemId) =>
        answers.LastOrDefault(a => a.ItemId == itemId);

    public static ScaleOption? Option(Item item, IReadOnlyList<AnswerEntry> answers) =>
        Find(answers, item.Id) is { Value: { } value } ? item.Scale.Find(value) : null;

    public static Role? Role(ItemBank bank, IReadOnlyList<AnswerEntry> answers) =>
        Option(bank.ContextItem(ContextDimension.Role), answers)?.Value switch
        {
            "owner" => Conversation.Role.Owner,
            "client" => Conversation.Role.Client,
            "contractor" => Conversation.Role.Contractor,
            "advisor" => Conversation.Role.Advisor,
            _ => null,
        };

    public static IReadOnlyList<AnswerEntry> With(IReadOnlyList<AnswerEntry> answers, AnswerEntry entry) =>
        [.. answers.Where(a => a.ItemId != entry.ItemId), entry];
}
