namespace PartnershipBot.Dialogs.Advisor;

/// <summary>A passage the index found for a question, with its BM25 score.</summary>
internal sealed record PassageHit(AdvicePassage Passage, double Score);
