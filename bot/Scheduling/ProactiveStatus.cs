namespace PartnershipBot.Scheduling;

internal enum ProactiveStatus
{
    Sent,

    /// <summary>403/404: the user removed the bot or the conversation is gone; not tried again until they talk to the bot.</summary>
    Unreachable,

    Failed,
}
