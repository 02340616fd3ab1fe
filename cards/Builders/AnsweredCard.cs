using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// The read-only version of a question card that replaces it in place once answered: the question and the
/// answer given, with no inputs or buttons, so an old card cannot be clicked again.
/// </summary>
internal static class AnsweredCard
{
    public static AdaptiveCard Build(AnswerRecordedOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var question = output.Question;
        var texts = CardTexts.For(question.Language);
        var answer = output.Skipped ? output.AnswerLabel : texts.YourAnswer + ": " + output.AnswerLabel;
        return CardParts.Card(
            CardParts.Fallback(question.ProgressText, question.Text, answer),
            [
                Progress.Header(question),
                new TextBlock(question.Text) { Spacing = Spacing.Small },
                output.Skipped
                    ? new TextBlock(answer) { IsSubtle = true, Spacing = Spacing.Small }
                    : new TextBlock("✓ " + answer) { Weight = TextWeight.Bolder, Color = TextColor.Good, Spacing = Spacing.Small },
            ]);
    }
}
