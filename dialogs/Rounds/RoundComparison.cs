namespace PartnershipBot.Dialogs.Rounds;

/// <summary>Which earlier round of the same partnership a release's trend compares with, and when that round's figures were released.</summary>
public sealed record RoundComparison(string RoundId, DateTimeOffset ReleasedAt);
