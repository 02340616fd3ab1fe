namespace PartnershipBot.Protocol.Auth;

/// <summary>Where signing keys may come from: https anywhere, plain http only on loopback (local test providers).</summary>
internal static class MetadataAddressPolicy
{
    public static bool IsAcceptable(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
