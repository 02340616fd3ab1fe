using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>
/// A real OpenID provider on loopback Kestrel standing in for both the Bot Framework token service
/// and Entra ID: metadata + JWKS with generated RSA keys (channel keys carry endorsements), tokens
/// minted with <see cref="JsonWebTokenHandler"/>, and request counters so tests can prove which
/// paths touched the network. Point the bot at it with <see cref="Settings"/>.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string AppId = "7d3f0a52-4c1e-4b8a-9e6d-2f5a8c1b0e93";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/emea/";
    public static readonly IReadOnlyList<string> DefaultEndorsements = ["msteams", "emulator", "webchat", "test"];

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private ImmutableList<TestSigningKey> _channelKeys;
    private readonly ImmutableList<TestSigningKey> _entraKeys;
    private int _metadataRequests;
    private int _keysRequests;
    private volatile bool _unavailable;

    private TestIdentityProvider(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        ChannelKey = TestSigningKey.Create([.. DefaultEndorsements]);
        EntraKey = TestSigningKey.CreateWithoutEndorsements();
        _channelKeys = [ChannelKey];
        _entraKeys = [EntraKey];
    }

    /// <summary>Where the provider listens, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ChannelMetadataUrl => new Uri(BaseAddress, "botframework/v1/.well-known/openidconfiguration").AbsoluteUri;
    public string EntraMetadataUrl => new Uri(BaseAddress, "entra/v2.0/.well-known/openid-configuration").AbsoluteUri;

    /// <summary>The key channel tokens are signed with unless a test picks another (endorsed for <see cref="DefaultEndorsements"/>).</summary>
    public TestSigningKey ChannelKey { get; }

    /// <summary>The key Entra tokens are signed with (no endorsements, like real Entra keys).</summary>
    public TestSigningKey EntraKey { get; }

    /// <summary>Requests for a metadata document, keys documents, and both together.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);
    public int KeysRequests => Volatile.Read(ref _keysRequests);
    public int TotalRequests => MetadataRequests + KeysRequests;

    /// <summary>While true every request is answered 503, as a token service that is down.</summary>
    public bool Unavailable { get => _unavailable; set => _unavailable = value; }

    /// <summary>Starts the provider on a free loopback port. Tokens are minted at <paramref name="time"/>'s "now".</summary>
    public static async Task<TestIdentityProvider> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new TestIdentityProvider(app, time ?? TimeProvider.System);
        provider.MapRoutes();
        await app.StartAsync().ConfigureAwait(false);
        provider.BaseAddress = new Uri(app.Urls.Single() + "/");
        return provider;
    }

    /// <summary>Configuration that points the bot at this provider (merge into an in-memory configuration).</summary>
    public IReadOnlyDictionary<string, string?> Settings(string? appId = AppId) => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = appId,
        ["BotFramework:OpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["BotFramework:EntraOpenIdMetadataUrl"] = EntraMetadataUrl,
    };

    /// <summary>Publishes a new channel key next to the existing ones: a key rotation at the token service.</summary>
    public TestSigningKey PublishChannelKey(IReadOnlyList<string>? endorsements)
    {
        var key = new TestSigningKey($"kid-{Guid.NewGuid():N}", endorsements);
        ImmutableInterlocked.Update(ref _channelKeys, keys => keys.Add(key));
        return key;
    }

    /// <summary>A channel token as Teams sends it: issuer api.botframework.com, audience, serviceurl, one hour valid.</summary>
    public string CreateChannelToken(string audience = AppId, string? serviceUrl = DefaultServiceUrl, TestSigningKey? key = null, Action<SecurityTokenDescriptor>? customize = null)
    {
        var descriptor = Descriptor(ChannelIssuer, audience, (key ?? ChannelKey).Credentials());
        if (serviceUrl is not null)
        {
            descriptor.Claims["serviceurl"] = serviceUrl;
        }

        customize?.Invoke(descriptor);
        return _handler.CreateToken(descriptor);
    }

    /// <summary>An Entra token (Emulator, skill): v2.0 names the caller in azp and uses the v2 issuer; v1.0 uses appid and sts.windows.net.</summary>
    public string CreateEntraToken(string audience = AppId, string callerAppId = AppId, string version = "2.0", string tenantId = BotFrameworkTenant, Action<SecurityTokenDescriptor>? customize = null)
    {
        var v2 = version == "2.0";
        var issuer = v2 ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/";
        var descriptor = Descriptor(issuer, audience, EntraKey.Credentials());
        descriptor.Claims["ver"] = version;
        descriptor.Claims[v2 ? "azp" : "appid"] = callerAppId;
        descriptor.Claims["tid"] = tenantId;
        customize?.Invoke(descriptor);
        return _handler.CreateToken(descriptor);
    }

    /// <summary>Any token at all, for tests that need an unusual shape (other algorithms, symmetric keys).</summary>
    public string CreateToken(SecurityTokenDescriptor descriptor) => _handler.CreateToken(descriptor);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        foreach (var key in _channelKeys.Concat(_entraKeys))
        {
            key.Dispose();
        }
    }

    private SecurityTokenDescriptor Descriptor(string issuer, string audience, SigningCredentials credentials)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal),
        };
    }

    private void MapRoutes()
    {
        _app.Use(async (context, next) =>
        {
            // Counted before anything else, so refused requests (503) count too.
            var path = context.Request.Path.Value ?? string.Empty;
            Interlocked.Increment(ref path.EndsWith("/keys", StringComparison.Ordinal) ? ref _keysRequests : ref _metadataRequests);
            if (_unavailable)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        _app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata(ChannelIssuer, "botframework/v1/.well-known/keys"));
        _app.MapGet("/botframework/v1/.well-known/keys", () => Keys(_channelKeys));
        _app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Metadata($"https://login.microsoftonline.com/{{tenantid}}/v2.0", "entra/discovery/v2.0/keys"));
        _app.MapGet("/entra/discovery/v2.0/keys", () => Keys(_entraKeys));
    }

    private IResult Metadata(string issuer, string keysPath)
    {
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = new Uri(BaseAddress, "authorize").AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseAddress, keysPath).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });
    }

    private IResult Keys(ImmutableList<TestSigningKey> keys)
    {
        return Results.Json(new Dictionary<string, object> { ["keys"] = keys.Select(k => k.ToJwk()).ToArray() });
    }
}
