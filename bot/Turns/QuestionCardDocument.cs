namespace PartnershipBot.Turns;

/// <summary>
/// The message that holds the question card the user sees now (its activity id, and the item it asks), so a
/// typed answer or an invalid attempt updates that card in place instead of posting another one.
/// </summary>
internal sealed record QuestionCardDocument(string? ActivityId, string? ItemId)
{
    public static QuestionCardDocument Empty() => new(null, null);
}
