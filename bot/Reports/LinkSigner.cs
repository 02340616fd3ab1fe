using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Reports;

/// <summary>
/// Signs and checks download links: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>. The check
/// compares in constant time and then looks at the expiry on the injected clock.
/// </summary>
internal sealed class LinkSigner
{
    private readonly IOptions<ReportsOptions> _options;
    private readonly TimeProvider _time;
    private readonly byte[] _key;

    public LinkSigner(IOptions<ReportsOptions> options, TimeProvider time, ILogger<LinkSigner> logger)
    {
        _options = options;
        _time = time;
        if (options.Value.SigningKey is { } key)
        {
            _key = Encoding.UTF8.GetBytes(key);
        }
        else
        {
            ReportsLog.EphemeralKey(logger);
            _key = RandomNumberGenerator.GetBytes(32);
        }
    }

    /// <summary>A token for <paramref name="link"/> without its expiry; it expires <see cref="ReportsOptions.LinkMinutes"/> from now.</summary>
    public string Create(SignedLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var stamped = link with { ExpiresAt = _time.GetUtcNow().AddMinutes(_options.Value.LinkMinutes).ToUnixTimeSeconds() };
        var payload = JsonSerializer.SerializeToUtf8Bytes(stamped);
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The link a token grants, or null when it is malformed, its signature is wrong or it has expired.</summary>
    public SignedLink? Read(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096 || token.Split('.') is not [var payloadText, var signatureText])
        {
            return null;
        }

        if (FromBase64Url(payloadText) is not { } payload || FromBase64Url(signatureText) is not { } signature
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return null;
        }

        try
        {
            var link = JsonSerializer.Deserialize<SignedLink>(payload);
            return link is not null && link.ExpiresAt > _time.GetUtcNow().ToUnixTimeSeconds() ? link : null;
        }
        catch (JsonException)
        {
            return null; // signed by us, so only a changed key can get here
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
