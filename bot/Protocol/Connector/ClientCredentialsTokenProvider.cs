using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// OAuth 2.0 client credentials against Entra ID for MultiTenant (tenant <c>botframework.com</c>) and
/// SingleTenant (the bot's own tenant) registrations. One token is cached until shortly before it
/// expires; concurrent callers share a single refresh.
/// </summary>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<BotFrameworkOptions> framework,
    ConnectorRetryPolicy retry,
    TimeProvider time,
    ILogger<ClientCredentialsTokenProvider> logger) : IConnectorTokenProvider
{
    public const string HttpClientName = "PartnershipBot.BotLogin";

    /// <summary>Refresh this long before expiry so a token never dies mid-retry.</summary>
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private AccessToken? current;

    public bool HasCredentials => true;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref current);
        if (cached is not null && time.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.Value;
        }

        await refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = Volatile.Read(ref current);
            if (cached is not null && time.GetUtcNow() < cached.RefreshAfter)
            {
                return cached.Value;
            }

            var fresh = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref current, fresh);
            return fresh.Value;
        }
        finally
        {
            refreshGate.Release();
        }
    }

    public void Invalidate(string token)
    {
        var cached = Volatile.Read(ref current);
        if (cached is not null && string.Equals(cached.Value, token, StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref current, null, cached);
        }
    }

    internal Uri TokenEndpoint
    {
        get
        {
            var tenant = credentials.Value.AppType == BotAppType.SingleTenant ? credentials.Value.MicrosoftAppTenantId : "botframework.com";
            return new Uri($"{framework.Value.LoginEndpoint.TrimEnd('/')}/{Uri.EscapeDataString(tenant ?? string.Empty)}/oauth2/v2.0/token");
        }
    }

    private async Task<AccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = TokenEndpoint;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.Value.MicrosoftAppId ?? string.Empty,
            ["client_secret"] = credentials.Value.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = framework.Value.OAuthScope,
        };
        var http = httpClients.CreateClient(HttpClientName);
        var outcome = await retry.ExecuteAsync("token", endpoint.Host, async attemptToken =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
            return await http.SendAsync(request, attemptToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        using var response = outcome.Response
            ?? throw new ConnectorTokenException($"The token service at {endpoint.Host} could not be reached.", outcome.Failure);
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || string.IsNullOrEmpty(body?.AccessToken) || body.ExpiresIn is not > 0)
        {
            // The error_description can echo request details; the status and error code are enough to act on.
            ConnectorLog.TokenRequestFailed(logger, (int)response.StatusCode, body?.Error);
            throw new ConnectorTokenException($"The token service at {endpoint.Host} answered {(int)response.StatusCode} ({body?.Error ?? "no token"}).");
        }

        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn.Value);
        ConnectorLog.TokenAcquired(logger, credentials.Value.AppType.ToString(), body.ExpiresIn.Value);
        // Short-lived tokens (tests, odd tenants) still get used for half their life rather than never.
        var margin = lifetime < RefreshMargin * 2 ? lifetime / 2 : RefreshMargin;
        return new AccessToken(body.AccessToken, time.GetUtcNow() + lifetime - margin);
    }

    private static async Task<TokenEndpointResponse?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenEndpointResponse>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
