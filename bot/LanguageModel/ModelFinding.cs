namespace PartnershipBot.LanguageModel;

/// <summary>A pitfall the model found, with the words of the text it rests on (kept only when they occur in the text).</summary>
internal sealed record ModelFinding(string PitfallId, string Evidence);
