using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// A release of a round's results, localised and already through every confidentiality rule: the card
/// only lays this out. <see cref="Rows"/> is the role × pitfall table (text levels, never colour alone).
/// <see cref="ReleaseSequence"/> names the release, so sharing it posts exactly these figures.
/// </summary>
public sealed record RoundResultsView(
    string RoundId,
    Language Language,
    string Title,
    string Summary,
    IReadOnlyList<string> PitfallTitles,
    IReadOnlyList<GroupRowView> Rows,
    IReadOnlyList<GapView> Gaps,
    string? NoGapsText,
    IReadOnlyList<string> TrendLines,
    string TrendNote,
    IReadOnlyList<string> Themes,
    string ThemesNote,
    string ConfidentialityNote,
    bool IsClosed,
    int ReleaseSequence = 0,
    string ReleaseNote = "");

/// <summary>
/// One table row: a role group (or everyone) with a cell per pitfall, or the reason it is hidden.
/// <see cref="Spread"/> says, for a group large enough, which share is at high risk per pitfall.
/// </summary>
public sealed record GroupRowView(string Label, string CountText, IReadOnlyList<string> Cells, bool Suppressed, string? Spread = null);

/// <summary>A role gap as shown: which pitfall and roles, how big, what it usually means; <see cref="Id"/> (<c>{pitfall}:{higher}-{lower}</c>) names it for an action made from it.</summary>
public sealed record GapView(string Title, string SizeText, string Explanation, string? Id = null);
