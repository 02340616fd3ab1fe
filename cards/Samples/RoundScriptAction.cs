namespace PartnershipBot.Cards.Samples;

/// <summary>
/// An action the consultant of <see cref="RoundScript"/> records between the two rounds with <c>acties</c>: what,
/// the owner's typed name, how many days after recording it is due, and whether it was done by the second round.
/// </summary>
internal sealed record RoundScriptAction(string DescriptionNl, string DescriptionEn, string OwnerName, int DueInDays, bool Done);
