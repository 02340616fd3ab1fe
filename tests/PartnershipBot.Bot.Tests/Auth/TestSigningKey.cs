using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>A generated RSA key pair with a key id and, like the Bot Framework's keys, optional endorsements.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public TestSigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        KeyId = keyId;
        Endorsements = endorsements;
        _rsa = RSA.Create(2048);
    }

    public string KeyId { get; }

    /// <summary>Channel ids this key may sign for; null means the JWK has no <c>endorsements</c> member at all.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public static TestSigningKey Create(params string[] endorsements) => new($"kid-{Guid.NewGuid():N}", endorsements);

    public static TestSigningKey CreateWithoutEndorsements() => new($"kid-{Guid.NewGuid():N}", null);

    /// <summary>Credentials that sign with this private key and put <paramref name="keyId"/> (default: our own) in the header.</summary>
    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256, string? keyId = null) =>
        new(new RsaSecurityKey(_rsa) { KeyId = keyId ?? KeyId }, algorithm);

    /// <summary>The public half as a JWK object, the way a keys document lists it.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
