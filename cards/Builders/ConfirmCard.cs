using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>An explicit yes/no before something irreversible (erasing the user's data).</summary>
internal static class ConfirmCard
{
    public static AdaptiveCard Build(ConfirmOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The irreversible choice is styled destructive (Teams shows it in red); its title still says what it does.
        var actions = CardParts.Suggested(output.Actions)
            .Select(action => action is SubmitAction { Data.Action: CardActions.DeleteDataConfirmed }
                ? action with { Style = ActionStyle.Destructive }
                : action)
            .ToList();
        return CardParts.Card(
            CardParts.Fallback(output.Title, output.Text),
            [CardParts.Heading(output.Title), CardParts.Paragraph(output.Text)],
            actions);
    }
}
