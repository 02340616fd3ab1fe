using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// Validates inbound Bot Framework bearer tokens as the SDK's public-cloud path does (protocol brief §2).
/// Everything decidable without the network is checked first, so garbage never costs a key fetch.
/// With no app id configured (development mode) a request without a header is accepted anonymously;
/// a request WITH a header is refused, because without an app id no audience can be verified.
/// </summary>
internal sealed class BotFrameworkAuthenticator : IBotAuthenticator, IDisposable
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly BotCredentialsOptions _credentials;
    private readonly TokenIssuers _issuers;
    private readonly HttpClient _httpClient;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource _entraKeys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public BotFrameworkAuthenticator(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<BotFrameworkOptions> endpoints,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _credentials = credentials.Value;
        _issuers = new TokenIssuers(_credentials.MicrosoftAppTenantId);
        _timeProvider = timeProvider;
        _logger = logger;

        // Long-lived client: recycling pooled connections lets DNS changes of the token service through.
        _httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = MetadataTimeout };
        var retriever = new GuardedDocumentRetriever(_httpClient);
        _channelKeys = new SigningKeySource(endpoints.Value.OpenIdMetadataUrl, retriever, logger);
        _entraKeys = new SigningKeySource(endpoints.Value.EntraOpenIdMetadataUrl, retriever, logger);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            if (_credentials.IsDevelopmentMode)
            {
                AuthLog.Anonymous(_logger);
                return AuthenticationOutcome.Anonymous;
            }

            return Reject(AuthFailure.MissingHeader, TokenKind.Untrusted);
        }

        if (_credentials.IsDevelopmentMode)
        {
            return Reject(AuthFailure.TokenWithoutAppId, TokenKind.Untrusted);
        }

        var token = BearerTokenReader.Read(authorizationHeader, out var malformed);
        if (token is null)
        {
            return Reject(malformed ?? AuthFailure.Malformed, TokenKind.Untrusted);
        }

        var kind = _issuers.Classify(token.Issuer);
        if (kind == TokenKind.Untrusted)
        {
            return Reject(AuthFailure.UntrustedIssuer, kind);
        }

        var lifetimeFailure = TokenLifetime.Check(token, _timeProvider.GetUtcNow());
        if (lifetimeFailure is not null)
        {
            return Reject(lifetimeFailure, kind);
        }

        var lookup = await (kind == TokenKind.Channel ? _channelKeys : _entraKeys).FindAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        if (lookup.Unavailable)
        {
            AuthLog.Unavailable(_logger, kind);
            return AuthenticationOutcome.Unavailable(AuthFailure.KeysUnavailable);
        }

        if (lookup.Key is null)
        {
            return Reject(AuthFailure.UnknownKey, kind);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(kind, lookup.Key)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return Reject(ValidationFailures.Reason(result.Exception), kind);
        }

        var ruleFailure = kind == TokenKind.Channel
            ? ChannelRules(token, lookup.Key, channelId, serviceUrl)
            : TokenRules.CheckEntraToken(token, lookup.Key, channelId, _credentials.MicrosoftAppId!);
        if (ruleFailure is not null)
        {
            return Reject(ruleFailure, kind);
        }

        AuthLog.Authenticated(_logger, kind, channelId);
        return AuthenticationOutcome.Success(result.ClaimsIdentity);
    }

    public void Dispose() => _httpClient.Dispose();

    private string? ChannelRules(JsonWebToken token, JsonWebKey key, string? channelId, string? serviceUrl)
    {
        var failure = TokenRules.CheckChannelToken(token, key, channelId, serviceUrl, out var claimed);
        if (failure == AuthFailure.ServiceUrlMismatch && claimed is not null)
        {
            AuthLog.ServiceUrlMismatch(_logger, claimed, serviceUrl);
        }

        return failure;
    }

    private TokenValidationParameters Parameters(TokenKind kind, JsonWebKey key) => new()
    {
        ValidIssuers = kind == TokenKind.Channel ? TokenIssuers.ChannelIssuers : _issuers.EntraIssuers,
        ValidAudience = _credentials.MicrosoftAppId,
        ValidateIssuer = true,
        ValidateAudience = true,
        // Lifetime was checked against the injected clock before any key was fetched.
        ValidateLifetime = false,
        RequireSignedTokens = true,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = BearerTokenReader.AllowedAlgorithms,
        AuthenticationType = "BotFramework",
    };

    private AuthenticationOutcome Reject(string reason, TokenKind kind)
    {
        AuthLog.Rejected(_logger, reason, kind);
        return AuthenticationOutcome.Unauthorized(reason);
    }
}
