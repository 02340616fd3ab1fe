namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>Where a command works: the personal (1:1) chat, or a channel or group chat that others read.</summary>
internal enum CommandScope
{
    Personal,
    Shared,
}
