namespace PartnershipBot.Cards.Reports;

/// <summary>
/// One released round: dates, the release it shows (<see cref="Sequence"/>, <see cref="Final"/>, when), and
/// its figures. <see cref="Themes"/> is null when too few responded for themes to be shown.
/// </summary>
public sealed record ReportRound(
    string RoundId,
    string Title,
    DateOnly StartedOn,
    DateOnly ClosesOn,
    int Sequence,
    bool Final,
    DateTimeOffset ReleasedAt,
    int MinimumGroupSize,
    ReportParticipation Participation,
    IReadOnlyList<ReportPitfall> Pitfalls,
    IReadOnlyList<ReportGroup> Groups,
    IReadOnlyList<ReportGap> Gaps,
    string? NoGapsText,
    IReadOnlyList<ReportTheme>? Themes,
    string ThemesNote,
    string ConfidentialityNote);

/// <summary>Who took part: joined (clicked "take part") and finished (counted). Per role only through the shown groups' counts.</summary>
public sealed record ReportParticipation(int Joined, int Finished);

/// <summary>A pitfall's stable id and its one name.</summary>
public sealed record ReportPitfall(string Id, string Name);

/// <summary>
/// A role group (or everyone: <see cref="RoleId"/> <c>all</c>). <see cref="Cells"/> hold, per pitfall, the
/// mean and the very text of the round's card; a hidden group has no count and no means, only the reason.
/// </summary>
public sealed record ReportGroup(string RoleId, string Label, bool Shown, int? Count, string CountText, IReadOnlyList<ReportCell> Cells);

/// <summary>One group's figure on one pitfall: <see cref="Mean"/> null when hidden or unanswered; <see cref="Text"/> as on the card.</summary>
public sealed record ReportCell(string PitfallId, int? Mean, string Level, string Text);

/// <summary>A clear or large role gap: what it is, how big, what it usually means, and the lesson that helps.</summary>
public sealed record ReportGap(string PitfallId, string Title, string SizeText, string Meaning, string? Lesson);

/// <summary>How many respondents' open answers touched a pitfall.</summary>
public sealed record ReportTheme(string PitfallId, string Name, int Respondents, string Text);

/// <summary>One group's mean on one pitfall in the previous round and now; <see cref="Text"/> as on the card.</summary>
public sealed record ReportTrendLine(string RoleId, string PitfallId, int Previous, int Current, string Text);
