namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// What a cohort keeps of one pitfall: how many of its respondents scored it, the sum of their risks and
/// how many were at high risk. Sums, not people: the cohort's members cannot be recovered from it.
/// </summary>
public sealed record PitfallTally(int Respondents, int Sum, int High)
{
    public static PitfallTally operator +(PitfallTally left, PitfallTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Respondents + right.Respondents, left.Sum + right.Sum, left.High + right.High);
    }
}
