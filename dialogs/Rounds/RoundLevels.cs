namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Risk bands for group means, the same as a single check's (bank-v1 "levels"); a test keeps them equal,
/// so a group mean of 40 reads "elevated" just as one person's 40 does.
/// </summary>
public static class RoundLevels
{
    public const int ElevatedFrom = 35;
    public const int HighFrom = 65;
}
