using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Cards.Builders;
using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards;

/// <summary>
/// The one seam the bot calls: a domain output in, Adaptive Card JSON out (version 1.5, Teams full width).
/// Pure: no I/O, no state; the same output always gives the same JSON.
/// </summary>
public static class CardRenderer
{
    /// <summary>The attachment content type for these cards (the Bot Framework spelling, not the AC doc's typo).</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The main card for <paramref name="output"/>, or null when it is plain text (<see cref="TextOutput"/>).
    /// For results this is the overview only; use <see cref="RenderAll"/> to get the advice cards too.
    /// </summary>
    public static JsonObject? Render(BotOutput output)
    {
        var cards = RenderAll(output);
        return cards.Count == 0 ? null : cards[0];
    }

    /// <summary>
    /// Every card for <paramref name="output"/>, in the order to send them: for results the overview, then one
    /// advice card per pitfall at risk (or the healthy-result card); empty for <see cref="TextOutput"/>.
    /// </summary>
    public static IReadOnlyList<JsonObject> RenderAll(BotOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. Build(output).Select(CardJson.ToJsonObject)];
    }

    /// <summary>
    /// The same cards as <see cref="RenderAll"/>, as read-only JSON elements: what a sender needs, at a
    /// fraction of the cost of an editable node tree (serialised once, copied as is when sent).
    /// </summary>
    public static IReadOnlyList<JsonElement> RenderAllElements(BotOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. Build(output).Select(card => JsonSerializer.SerializeToElement(card, CardJson.Default.AdaptiveCard))];
    }

    internal static IReadOnlyList<AdaptiveCard> Build(BotOutput output) => output switch
    {
        TextOutput => [],
        WelcomeOutput welcome => [WelcomeCard.Build(welcome)],
        HelpOutput help => [HelpCard.Build(help)],
        PrivacyOutput privacy => [PrivacyCard.Build(privacy)],
        QuestionOutput question => [QuestionCard.Build(question.Question)],
        AnswerRecordedOutput answered => [AnsweredCard.Build(answered)],
        ClosedCardOutput closed => [ClosedCard.Build(closed)],
        ResultsOutput results => ResultsCards.Build(results.Report),
        HistoryOutput history => [HistoryCard.Build(history)],
        ResumeOfferOutput resume => [ResumeOfferCard.Build(resume)],
        SituationOutput situation => [SituationCard.Build(situation)],
        ConfirmOutput confirm => [ConfirmCard.Build(confirm)],
        AdviceOutput advice => [AdvisorAnswerCard.Build(advice)],
        AdvisorRedirectOutput redirect => [AdvisorRedirectCard.Build(redirect)],
        // The host may first try the text analyzer; rendering it means "nothing found", so show the short fallback.
        UnrecognisedOutput unrecognised => Build(unrecognised.Fallback),
        NotUnderstoodOutput notUnderstood => [NotUnderstoodCard.Build(notUnderstood)],
        PersonalChatOutput personal => [PersonalChatCard.Build(personal)],
        _ => throw new ArgumentException("No card is defined for " + output.GetType().Name + ".", nameof(output)),
    };
}
