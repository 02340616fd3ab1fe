namespace PartnershipBot.Dialogs.Rounds;

/// <summary>Card data of the round cards: the action values and the field names the bot reads.</summary>
public static class RoundCardActions
{
    public const string Start = "roundStart";
    public const string Join = "roundJoin";
    public const string Close = "roundClose";
    public const string Results = "roundResults";
    public const string RemindNonRespondents = "roundRemind";
    public const string Recheck = "roundRecheck";
    public const string Release = "roundRelease";
    public const string Share = "roundShare";
    public const string OptOut = "roundOptOut";

    public const string RoundId = "roundId";
    public const string Name = "roundName";
    public const string ClosingDate = "roundClosingDate";
    public const string MinimumSize = "roundMinimumSize";
    public const string Days = "roundDays";
    public const string Months = "roundMonths";
    public const string Sequence = "roundRelease";

    /// <summary>All actions the round feature owns (the engine never sees them).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Start, Join, Close, Results, RemindNonRespondents, Recheck, Release, Share, OptOut };
}
