namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// The minimum number of respondents a role group needs before its scores are shown. Below three,
/// a group mean says too much about the people in it, so no setting can go lower.
/// </summary>
public static class GroupSize
{
    public const int Default = 5;
    public const int Minimum = 3;
    public const int Maximum = 10;

    /// <summary>Free-text themes need more people than scores: a theme can echo one person's words.</summary>
    public const int ThemeMinimum = 10;

    /// <summary>A group's share at high risk is shown only from this size: in a small group it singles people out.</summary>
    public const int SpreadMinimum = 10;

    /// <summary>The requested size within [<see cref="Minimum"/>, <see cref="Maximum"/>]; none asked gives the default.</summary>
    public static int Normalise(int? requested) =>
        requested is { } value ? Math.Clamp(value, Minimum, Maximum) : Default;
}
