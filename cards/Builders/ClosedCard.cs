using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// What a clicked card becomes once its buttons no longer apply (a finished check's question, an answered
/// "delete my data"): what it asked and what became of it, with no inputs or buttons.
/// </summary>
internal static class ClosedCard
{
    public static AdaptiveCard Build(ClosedCardOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        List<CardElement> body = output.Title is { Length: > 0 } title
            ? [new TextBlock(title) { Weight = TextWeight.Bolder }, new TextBlock(output.Note) { Spacing = Spacing.Small }]
            : [new TextBlock(output.Note)];
        return CardParts.Card(CardParts.Fallback(output.Title, output.Note), body);
    }
}
