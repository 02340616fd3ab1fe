namespace PartnershipBot.Rounds;

/// <summary>
/// The rounds a user joined, stored under the user's own key (…/users/{id}/rounds), so that a finished
/// check finds its rounds in one read and "delete my data" removes it with everything else of theirs.
/// <see cref="AwaitingOpenAnswer"/> lists the rounds whose optional open question was just asked.
/// </summary>
internal sealed record Participation(IReadOnlyList<string> RoundIds, IReadOnlyList<string>? AwaitingOpenAnswer = null)
{
    public bool IsAwaitingOpenAnswer => AwaitingOpenAnswer is { Count: > 0 };

    public static Participation Empty() => new([]);
}
