namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A paused check exists: offer to resume it or to start again.</summary>
public sealed record ResumeOfferOutput(
    Language Language,
    string Text,
    CheckKind Kind,
    int Answered,
    int Total,
    IReadOnlyList<SuggestedAction> Actions) : BotOutput;
