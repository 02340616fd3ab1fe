using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// The order of questions for a check, recomputed from the bank and the answers so far: context first,
/// then the check's items (for the full check: those of the chosen role). Carried-over answers are left out.
/// Positions before the role question never change, so a stored position stays valid when the role is answered.
/// </summary>
internal sealed record CheckPlan(IReadOnlyList<Item> Context, IReadOnlyList<Item> Questions)
{
    public int Count => Context.Count + Questions.Count;

    public Item At(int position) => position < Context.Count ? Context[position] : Questions[position - Context.Count];

    public static CheckPlan For(ItemBank bank, ActiveCheck check)
    {
        var carried = check.CarriedItemIds.ToHashSet(StringComparer.Ordinal);
        var context = bank.ContextItems.Where(i => !carried.Contains(i.Id)).ToList();
        var questions = ScoredItems(bank, check).Where(i => !carried.Contains(i.Id)).ToList();
        return new CheckPlan(context, questions);
    }

    /// <summary>Every item the check scores, carried-over ones included (empty for a full check until the role is known).</summary>
    public static IReadOnlyList<Item> ScoredItems(ItemBank bank, ActiveCheck check)
    {
        if (check.Kind == CheckKind.Quick)
        {
            return [.. bank.Items.Where(i => i.InQuick)];
        }

        return CheckAnswers.Role(bank, check.Answers) is { } role ? bank.ItemsFor(CheckKind.Full, role) : [];
    }
}
