namespace PartnershipBot.Cards.Model;

/// <summary>Action.ShowCard: unfolds <see cref="Card"/> inside the card; nothing is sent to the bot.</summary>
internal sealed record ShowCardAction(string Title, ShownCard Card) : CardAction(Title);
