namespace PartnershipBot.Dialogs.Conversation;

/// <summary>One answer button: <paramref name="Value"/> goes back in <see cref="CardFields.Answer"/>.</summary>
public sealed record AnswerOption(string Value, string Label);
