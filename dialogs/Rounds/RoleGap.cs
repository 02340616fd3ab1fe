using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>The widest difference between two shown role groups on one pitfall: <see cref="Higher"/> sees more risk.</summary>
public sealed record RoleGap(string PitfallId, Role Higher, Role Lower, int HigherMean, int LowerMean, GapSize Size)
{
    public int Points => HigherMean - LowerMean;
}
