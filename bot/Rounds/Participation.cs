namespace PartnershipBot.Rounds;

/// <summary>
/// The rounds a user joined, stored under the user's own key (…/users/{id}/rounds), so that a finished
/// check finds its rounds in one read and "delete my data" removes it with everything else of theirs.
/// </summary>
internal sealed record Participation(IReadOnlyList<string> RoundIds)
{
    public static Participation Empty() => new([]);
}
