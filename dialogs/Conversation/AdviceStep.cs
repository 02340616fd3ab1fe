namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A first concrete step; <paramref name="RoleLabel"/> names the role when the answer offers one step per role.</summary>
public sealed record AdviceStep(string? RoleLabel, string Text, string PassageId);
