using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// UserAssignedMSI: the token comes from the Azure managed identity endpoint through MSAL, for the
/// user-assigned identity whose client id is the bot's app id. MSAL caches it and refreshes it before
/// expiry, so this stays a thin adapter. Only works on Azure compute.
/// </summary>
internal sealed class ManagedIdentityTokenProvider : IConnectorTokenProvider
{
    private readonly IManagedIdentityApplication application;
    private readonly ILogger<ManagedIdentityTokenProvider> logger;

    public ManagedIdentityTokenProvider(IOptions<BotCredentialsOptions> credentials, IOptions<BotFrameworkOptions> framework, ILogger<ManagedIdentityTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(framework);
        var appId = credentials.Value.MicrosoftAppId ?? throw new InvalidOperationException("UserAssignedMSI needs MicrosoftAppId (the identity's client id).");
        application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId)).Build();
        // Managed identity asks for a resource, not a scope: https://api.botframework.com/.default → https://api.botframework.com.
        var scope = framework.Value.OAuthScope;
        Resource = scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
        this.logger = logger;
    }

    internal string Resource { get; }

    private string? rejected;

    public bool HasCredentials => true;

    public void Invalidate(string token) => Volatile.Write(ref rejected, token);

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var request = application.AcquireTokenForManagedIdentity(Resource);
            var refused = Volatile.Read(ref rejected);
            if (refused is not null)
            {
                // MSAL would hand back the cached token the connector just refused.
                request = request.WithForceRefresh(true);
            }

            var result = await request.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.CompareExchange(ref rejected, null, refused);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            ConnectorLog.ManagedIdentityFailed(logger, exception);
            throw new ConnectorTokenException("Managed identity could not provide a connector token.", exception);
        }
    }
}
