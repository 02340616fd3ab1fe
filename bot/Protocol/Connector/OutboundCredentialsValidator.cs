using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// Fails start-up when the configured app type cannot produce an outbound token, naming the missing
/// setting (never its value), instead of failing on the first reply.
/// </summary>
internal sealed class OutboundCredentialsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsDevelopmentMode)
        {
            return ValidateOptionsResult.Success;
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        return options.AppType switch
        {
            BotAppType.MultiTenant when !hasSecret => ValidateOptionsResult.Fail("MicrosoftAppType MultiTenant needs MicrosoftAppPassword."),
            BotAppType.SingleTenant when !hasSecret || !hasTenant => ValidateOptionsResult.Fail("MicrosoftAppType SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId."),
            BotAppType.UserAssignedMsi when hasSecret => ValidateOptionsResult.Fail("MicrosoftAppType UserAssignedMSI must not have a MicrosoftAppPassword."),
            BotAppType.UserAssignedMsi when !hasTenant => ValidateOptionsResult.Fail("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId."),
            BotAppType.Unknown => ValidateOptionsResult.Fail("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
