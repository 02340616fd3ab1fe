namespace PartnershipBot.Cards.Model;

/// <summary>
/// Action.Execute (Universal Actions): the client sends an <c>adaptiveCard/action</c> invoke and the bot may
/// answer with a card that replaces this one in place. Clients without Universal Actions use
/// <see cref="Fallback"/>, an Action.Submit with the same title, data and inputs, so both paths reach the
/// engine as the same <c>CardInput</c>.
/// </summary>
internal sealed record ExecuteAction(string Title, string Verb, ActionData Data) : CardAction(Title)
{
    public CardAction Fallback => new SubmitAction(Title, Data) { Style = Style, AssociatedInputs = AssociatedInputs };
}
