namespace PartnershipBot.Dialogs.Advisor;

/// <summary>What the words of a message say about how to treat it, before anything is retrieved.</summary>
internal sealed record AdvisorIntent(bool Abusive, bool Asks, int WordCount);
