using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>One group's mean on one pitfall now and in the previous round (<see cref="Role"/> null: everyone).</summary>
public sealed record TrendLine(Role? Role, string PitfallId, int Previous, int Current)
{
    public int Delta => Current - Previous;
}
