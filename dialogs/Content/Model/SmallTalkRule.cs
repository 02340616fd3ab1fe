namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>Words of small talk ("dank je", "👍") and the key of the short answer they get.</summary>
internal sealed record SmallTalkRule(string ReplyKey, IReadOnlyList<string> Words);
