namespace PartnershipBot.Cards;
internal static class Placeholder;
