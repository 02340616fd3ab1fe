namespace PartnershipBot.Dialogs.Rounds;

/// <summary>The consultant's private progress view of a round: counts only, small ones as "fewer than N".</summary>
public sealed record RoundProgressView(
    string RoundId,
    Conversation.Language Language,
    string Title,
    string Intro,
    IReadOnlyList<(string Label, string Value)> Facts,
    string ReleaseText,
    bool CanRelease,
    int? LatestReleaseSequence,
    bool IsClosed);
