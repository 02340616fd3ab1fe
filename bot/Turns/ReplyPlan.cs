using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>What a turn answers: the replies to send in order, and for an invoke the card or message its HTTP response carries.</summary>
internal sealed record ReplyPlan(IReadOnlyList<PendingReply> Replies, InvokeResponse? InvokeResponse)
{
    public static ReplyPlan None { get; } = new([], null);

    /// <summary>This plan followed by <paramref name="next"/>; the first invoke response stays.</summary>
    public ReplyPlan Then(ReplyPlan next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return next.Replies.Count == 0 && next.InvokeResponse is null
            ? this
            : new ReplyPlan([.. Replies, .. next.Replies], InvokeResponse ?? next.InvokeResponse);
    }
}
