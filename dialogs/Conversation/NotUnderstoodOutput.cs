namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Text the bot could not place: a short "did not understand" with the two or three likeliest commands.</summary>
public sealed record NotUnderstoodOutput(Language Language, string Text, IReadOnlyList<CommandHelp> Suggestions) : BotOutput;
