using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The user's past results, newest first (empty list when none).</summary>
public sealed record HistoryOutput(Language Language, string Title, IReadOnlyList<HistoryEntryView> Entries, string? EmptyText) : BotOutput;
