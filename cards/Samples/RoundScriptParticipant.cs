namespace PartnershipBot.Cards.Samples;

/// <summary>
/// One person of <see cref="RoundScript"/>: the value they choose for each question of the quick check (by item
/// id, the context questions included) and what they type after it to the round's open question, if anything.
/// </summary>
internal sealed record RoundScriptParticipant(string Id, IReadOnlyDictionary<string, string> Answers, string? OpenAnswer)
{
    /// <summary>The chosen value; a question the script does not know (the content changed) stops the sample loudly.</summary>
    public string Answer(string itemId) =>
        Answers.TryGetValue(itemId, out var value) ? value : throw new InvalidOperationException($"The round script has no answer to '{itemId}' for {Id}.");
}
