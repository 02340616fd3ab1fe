namespace PartnershipBot.Cards.Model;

/// <summary>Buttons placed inside the body (e.g. under a section) rather than at the bottom of the card.</summary>
internal sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
