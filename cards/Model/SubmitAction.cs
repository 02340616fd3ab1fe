namespace PartnershipBot.Cards.Model;

/// <summary>Action.Submit: the client posts a message activity whose value is <see cref="Data"/> plus the inputs.</summary>
internal sealed record SubmitAction(string Title, ActionData Data) : CardAction(Title);
