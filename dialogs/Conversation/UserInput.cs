namespace PartnershipBot.Dialogs.Conversation;

/// <summary>What the user did this turn; the bot maps each incoming activity to one of these.</summary>
public abstract record UserInput;

/// <summary>A typed message (commands, typed answers, anything else).</summary>
public sealed record TextInput(string Text) : UserInput;

/// <summary>
/// A card button or form: Action.Submit/Execute data plus inputs, flattened to strings.
/// Keys are listed in <see cref="CardFields"/>, action values in <see cref="CardActions"/>.
/// </summary>
public sealed record CardInput(IReadOnlyDictionary<string, string> Data) : UserInput;

/// <summary>The bot was added to a conversation (install): the engine answers with a welcome.</summary>
public sealed record ConversationUpdateInput(bool BotAdded) : UserInput;
