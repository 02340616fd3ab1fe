namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// In a channel or group chat: what the user asked for is personal, so it happens in their 1:1 chat. The
/// card offers <see cref="CardActions.OpenPersonal"/>, which the host answers by opening that chat.
/// </summary>
public sealed record PersonalChatOutput(Language Language, string Text, IReadOnlyList<SuggestedAction> Actions) : BotOutput;
