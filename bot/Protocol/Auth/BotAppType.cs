namespace PartnershipBot.Protocol.Auth;

internal enum BotAppType
{
    Unknown,
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
