using PartnershipBot.Protocol;

namespace PartnershipBot.Scheduling;

/// <summary>The outcome of one proactive send; <see cref="Reference"/> is the conversation used (new for a created 1:1).</summary>
internal sealed record ProactiveResult(ProactiveStatus Status, ConversationReference? Reference, string? Reason);
