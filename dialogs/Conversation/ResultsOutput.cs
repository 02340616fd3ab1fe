using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A finished check's report.</summary>
public sealed record ResultsOutput(CheckReport Report) : BotOutput;
