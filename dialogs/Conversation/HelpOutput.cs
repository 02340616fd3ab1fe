namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The command list in the user's language, plus buttons to start.</summary>
public sealed record HelpOutput(
    Language Language,
    string Title,
    string Text,
    IReadOnlyList<CommandHelp> Commands,
    IReadOnlyList<SuggestedAction> Actions) : BotOutput;
