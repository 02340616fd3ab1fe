using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>Finds the bank's contradiction rules whose conditions all hold for this respondent's answers.</summary>
internal static class ContradictionFinder
{
    public static IReadOnlyList<ContradictionRule> Find(ItemBank bank, IReadOnlyList<(Item Item, AnswerEntry Answer)> answered) =>
        [.. bank.Contradictions.Where(rule => rule.When.All(condition => Holds(condition, answered)))];

    private static bool Holds(ContradictionCondition condition, IReadOnlyList<(Item Item, AnswerEntry Answer)> answered)
    {
        var (item, answer) = answered.FirstOrDefault(a => a.Item.Id == condition.ItemId);
        if (item is null || answer.Value is null || item.Scale.Find(answer.Value)?.Agreement is not { } agreement)
        {
            return false;
        }

        return (condition.AtLeast is not { } least || agreement >= least)
            && (condition.AtMost is not { } most || agreement <= most);
    }
}
