namespace PartnershipBot.Cards.Rounds;

/// <summary>Who a results card is for: the consultant (privately, with share and follow-up actions) or the channel (figures only).</summary>
public enum RoundCardAudience
{
    Consultant,
    Channel,
}
