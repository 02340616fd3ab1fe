using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>Every command in the user's language: the words to type, and what they do.</summary>
internal static class HelpCard
{
    public static AdaptiveCard Build(HelpOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var facts = output.Commands.Select(command => new Fact(command.Words, command.Description)).ToList();
        return CardParts.Card(
            CardParts.Fallback([output.Title, output.Text, .. output.Commands.Select(c => c.Words + ": " + c.Description)]),
            [
                CardParts.Heading(output.Title),
                CardParts.Paragraph(output.Text),
                new FactSet(facts) { Spacing = Spacing.Medium },
            ],
            CardParts.Suggested(output.Actions));
    }
}
