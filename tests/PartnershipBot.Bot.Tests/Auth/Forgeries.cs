using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using PartnershipBot.Protocol.Auth;
using static PartnershipBot.Bot.Tests.Auth.AuthTestKit;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>Builds the request for each <see cref="Forgery"/> and says which reason the authenticator must give.</summary>
internal static class Forgeries
{
    public static TheoryData<Forgery> All
    {
        get
        {
            var data = new TheoryData<Forgery>();
            foreach (var forgery in Enum.GetValues<Forgery>())
            {
                data.Add(forgery);
            }

            return data;
        }
    }

    /// <summary>Refused before any key is fetched: these must cost the token service nothing.</summary>
    public static TheoryData<Forgery> WithoutNetwork => new()
    {
        Forgery.MissingHeader, Forgery.EmptyHeader, Forgery.BasicScheme, Forgery.LowercaseBearer, Forgery.BearerWithoutToken,
        Forgery.BearerWithTwoSpaces, Forgery.GarbageToken, Forgery.GarbageSegments, Forgery.AlgNone, Forgery.Hs256,
        Forgery.NoKeyId, Forgery.Expired, Forgery.NotYetValid, Forgery.NoExpiry, Forgery.UntrustedIssuer, Forgery.IssuerWithTrailingSlash,
    };

    public static ForgedRequest Build(Forgery forgery, TestIdentityProvider provider, FakeTimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        string Channel(Action<SecurityTokenDescriptor> customize) => Bearer(provider.CreateChannelToken(customize: customize));

        return forgery switch
        {
            Forgery.MissingHeader => new(null, AuthFailure.MissingHeader),
            Forgery.EmptyHeader => new(string.Empty, AuthFailure.MissingHeader),
            Forgery.BasicScheme => new("Basic " + provider.CreateChannelToken(), AuthFailure.NotBearer),
            Forgery.LowercaseBearer => new("bearer " + provider.CreateChannelToken(), AuthFailure.NotBearer),
            Forgery.BearerWithoutToken => new("Bearer", AuthFailure.NotBearer),
            Forgery.BearerWithTwoSpaces => new("Bearer  " + provider.CreateChannelToken(), AuthFailure.NotBearer),
            Forgery.GarbageToken => new("Bearer not-a-token", AuthFailure.Malformed),
            Forgery.GarbageSegments => new("Bearer eyJub3Q.anNvbg.c2ln", AuthFailure.Malformed),
            Forgery.AlgNone => new(Bearer(Unsigned(provider)), AuthFailure.AlgorithmNotAllowed),
            Forgery.Hs256 => new(Bearer(Hmac(provider, now)), AuthFailure.AlgorithmNotAllowed),
            Forgery.NoKeyId => new(Bearer(provider.CreateChannelToken(key: null, customize: d => d.SigningCredentials = provider.ChannelKey.Credentials(keyId: string.Empty))), AuthFailure.MissingKeyId),
            Forgery.UnknownKeyId => new(Bearer(provider.CreateChannelToken(key: TestSigningKey.Create("msteams"))), AuthFailure.UnknownKey),
            Forgery.BadSignature => new(Bearer(provider.CreateChannelToken(customize: d => d.SigningCredentials = OtherKey.Credentials(keyId: provider.ChannelKey.KeyId))), AuthFailure.InvalidSignature),
            Forgery.TamperedPayload => new(Bearer(Tampered(provider)), AuthFailure.InvalidSignature),
            Forgery.Expired => new(Channel(d => (d.IssuedAt, d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddHours(-2), now.AddMinutes(-6))), AuthFailure.Expired),
            Forgery.NotYetValid => new(Channel(d => d.NotBefore = now.AddMinutes(6)), AuthFailure.NotYetValid),
            Forgery.NoExpiry => new(Channel(d => d.Expires = null), AuthFailure.NoExpiration),
            Forgery.WrongAudience => new(Bearer(provider.CreateChannelToken(audience: "11111111-2222-3333-4444-555555555555")), AuthFailure.WrongAudience),
            Forgery.UntrustedIssuer => new(Channel(d => d.Issuer = "https://login.example.com"), AuthFailure.UntrustedIssuer),
            Forgery.IssuerWithTrailingSlash => new(Channel(d => d.Issuer = TokenIssuers.ChannelIssuer + "/"), AuthFailure.UntrustedIssuer),
            Forgery.ServiceUrlMismatch => new(Bearer(provider.CreateChannelToken(serviceUrl: "https://attacker.example.com/emea/")), AuthFailure.ServiceUrlMismatch),
            Forgery.MissingServiceUrl => new(Bearer(provider.CreateChannelToken(serviceUrl: null)), AuthFailure.MissingServiceUrl),
            Forgery.NoActivityServiceUrl => new(Bearer(provider.CreateChannelToken()), AuthFailure.ServiceUrlMismatch) { ServiceUrl = null },
            Forgery.EndorsementLacksChannel => new(Bearer(provider.CreateChannelToken(key: provider.PublishChannelKey(["webchat"]))), AuthFailure.EndorsementMissing),
            Forgery.NoActivityChannel => new(Bearer(provider.CreateChannelToken()), AuthFailure.EndorsementMissing) { ChannelId = null },
            Forgery.ChannelKeyWithoutEndorsements => new(Bearer(provider.CreateChannelToken(key: provider.PublishChannelKey(null))), AuthFailure.EndorsementMissing),
            Forgery.EntraWrongCaller => new(Bearer(provider.CreateEntraToken(callerAppId: "11111111-2222-3333-4444-555555555555")), AuthFailure.WrongAppId),
            Forgery.EntraMissingVersion => new(Bearer(provider.CreateEntraToken(customize: d => d.Claims.Remove("ver"))), AuthFailure.MissingVersion),
            Forgery.EntraWrongAudience => new(Bearer(provider.CreateEntraToken(audience: "api://somebody-else")), AuthFailure.WrongAudience),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, "No request defined for this forgery."),
        };
    }

    // A key the provider never published: its signature cannot verify under the published key's id.
    private static readonly TestSigningKey OtherKey = TestSigningKey.Create("msteams");

    private static string Unsigned(TestIdentityProvider provider)
    {
        // What an attacker sends: a valid-looking payload with "alg":"none" and an empty signature.
        var valid = provider.CreateChannelToken().Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        return $"{header}.{valid[1]}.";
    }

    private static string Hmac(TestIdentityProvider provider, DateTime now) => provider.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = TokenIssuers.ChannelIssuer,
        Audience = TestIdentityProvider.AppId,
        IssuedAt = now,
        NotBefore = now,
        Expires = now.AddHours(1),
        Claims = new Dictionary<string, object> { ["serviceurl"] = TestIdentityProvider.DefaultServiceUrl },
        // Signed with the (public) modulus as a shared secret: the classic RS256-to-HS256 confusion attack.
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(provider.ChannelKey.ToJwk()["n"].ToString()!)) { KeyId = provider.ChannelKey.KeyId },
            SecurityAlgorithms.HmacSha256),
    });

    private static string Tampered(TestIdentityProvider provider)
    {
        // Re-encode the payload with another serviceurl but keep the original signature.
        var parts = provider.CreateChannelToken().Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("smba.trafficmanager.net", "smba.attacker.example", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }
}

/// <summary>One forged request: the header, the activity's channel id and serviceUrl, and the reason expected.</summary>
internal sealed record ForgedRequest(string? Header, string ExpectedReason)
{
    public string? ChannelId { get; init; } = AuthTestKit.Teams;
    public string? ServiceUrl { get; init; } = TestIdentityProvider.DefaultServiceUrl;
}
