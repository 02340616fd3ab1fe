namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Optional hook for the open question's answer: the host passes an adapter over the text analyzer so
/// the engine stays pure (no I/O happens inside; an analyzer that calls a service must not be passed here).
/// </summary>
public delegate IReadOnlyList<FreeTextSignal> FreeTextAnalyzer(string text, Language language);
