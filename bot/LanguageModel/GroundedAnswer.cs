namespace PartnershipBot.LanguageModel;

/// <summary>An answer the model wrote from the given passages, after the check: the text and the passage ids it cites.</summary>
internal sealed record GroundedAnswer(string Text, IReadOnlyList<string> Citations);
