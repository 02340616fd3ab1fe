using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// One question: progress, the question, its labelled answer points, and answer/back/skip/stop buttons.
/// Every button is Action.Execute (so Teams can replace the card in place) with an Action.Submit fallback,
/// and every button carries the check, item and bank version so a stale card is recognised.
/// </summary>
internal static class QuestionCard
{
    /// <summary>Long enough for a considered answer, short enough to keep the card and the state small.</summary>
    public const int FreeTextMaxLength = 1000;

    public static AdaptiveCard Build(QuestionView question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var texts = CardTexts.For(question.Language);
        List<CardElement> body =
        [
            Progress.Block(question),
            new TextBlock(question.Text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
        ];
        if (question.Hint is { Length: > 0 } hint)
        {
            body.Add(CardParts.Subtle(hint));
        }

        // When skipping is suggested, the engine's hint already offers it (and says to type 'overslaan');
        // a second sentence of the card's own said the same thing twice.
        body.Add(Input(question, texts));
        return CardParts.Card(
            FallbackText(question), body, Actions(question, texts));
    }

    private static CardElement Input(QuestionView question, CardTexts texts) =>
        question.Kind == QuestionKind.FreeText
            ? new InputText(CardFields.Answer, texts.TypeAnswer, RequiredMessage(question, texts), FreeTextMaxLength)
            {
                Placeholder = texts.TypedAnswerPlaceholder,
                Value = question.CurrentAnswer,
                Spacing = Spacing.Medium,
            }
            : new InputChoiceSet(
                CardFields.Answer,
                texts.ChooseAnswer,
                RequiredMessage(question, texts),
                [.. question.Options.Select(option => new Choice(option.Label, option.Value))])
            {
                Value = question.Options.Any(o => o.Value == question.CurrentAnswer) ? question.CurrentAnswer : null,
                Spacing = Spacing.Medium,
            };

    /// <summary>
    /// What the client shows when the answer is sent empty. It only mentions skipping when the card has a skip
    /// button (the role question has none), and a text box is typed in, not chosen from.
    /// </summary>
    private static string RequiredMessage(QuestionView question, CardTexts texts) =>
        (question.Kind == QuestionKind.FreeText, question.CanSkip) switch
        {
            (true, true) => texts.TypedAnswerRequired,
            (true, false) => texts.TypedAnswerRequiredNoSkip,
            (false, true) => texts.AnswerRequired,
            (false, false) => texts.AnswerRequiredNoSkip,
        };

    private static List<CardAction> Actions(QuestionView question, CardTexts texts)
    {
        List<CardAction> actions = [Execute(question, CardActions.Answer, texts.Send) with { Style = ActionStyle.Positive }];
        if (question.CanGoBack)
        {
            actions.Add(Execute(question, CardActions.Back, texts.Back) with { AssociatedInputs = AssociatedInputs.None });
        }

        if (question.CanSkip)
        {
            actions.Add(Execute(question, CardActions.Skip, texts.Skip) with { AssociatedInputs = AssociatedInputs.None });
        }

        actions.Add(Execute(question, CardActions.Stop, texts.Stop) with { AssociatedInputs = AssociatedInputs.None });
        return actions;
    }

    /// <summary>The verb equals the action, so the invoke and the fallback submit read the same to the engine.</summary>
    private static ExecuteAction Execute(QuestionView question, string action, string title) =>
        new(title, action, new ActionData(action)
        {
            CheckId = question.CheckId,
            ItemId = question.ItemId,
            BankVersion = question.BankVersion,
            CardLanguage = question.Language == Language.Nl ? "nl" : "en",
        });

    /// <summary>Clients without cards get the question and its options as text; typed answers are accepted.</summary>
    private static string FallbackText(QuestionView question) =>
        CardParts.Fallback(
            question.ProgressText,
            question.Text,
            question.Kind == QuestionKind.FreeText ? null : string.Join(" / ", question.Options.Select(o => o.Label)));
}
