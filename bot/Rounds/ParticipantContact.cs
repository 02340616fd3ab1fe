using PartnershipBot.Protocol;

namespace PartnershipBot.Rounds;

/// <summary>How to reach a participant privately: their account and, once opened, their 1:1 chat.</summary>
internal sealed record ParticipantContact(ChannelAccount Account, ConversationReference? Personal);
