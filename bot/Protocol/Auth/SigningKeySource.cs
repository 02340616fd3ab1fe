using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// The signing keys published behind one OpenID metadata address. One instance per address for the
/// life of the process, so the keys are fetched once and refreshed every 12 hours, or sooner (at most
/// once per five minutes, rate-limited by IdentityModel) when a token names a key we have not seen.
/// </summary>
internal sealed class SigningKeySource
{
    /// <summary>Makes the refresh after an unknown kid complete before the retry; set in Directory.Build.props.</summary>
    public const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly ILogger _logger;

    public SigningKeySource(string metadataAddress, IDocumentRetriever documentRetriever, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metadataAddress);
        ArgumentNullException.ThrowIfNull(documentRetriever);
        ArgumentNullException.ThrowIfNull(logger);
        MetadataAddress = metadataAddress;
        _logger = logger;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataAddress, new OpenIdConnectConfigurationRetriever(), documentRetriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.DefaultRefreshInterval,
        };

        if (!AppContext.TryGetSwitch(BlockingRefreshSwitch, out var blocking) || !blocking)
        {
            AuthLog.BackgroundKeyRefresh(logger, BlockingRefreshSwitch);
        }
    }

    public string MetadataAddress { get; }

    /// <summary>Finds the RSA signing key with this id; on a miss, refreshes the keys once and looks again.</summary>
    public async Task<SigningKeyLookup> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);

        var keys = await GetKeysAsync(cancellationToken).ConfigureAwait(false);
        if (keys is null)
        {
            return SigningKeyLookup.KeysUnavailable;
        }

        var key = Find(keys, keyId);
        if (key is not null)
        {
            return new SigningKeyLookup(key, false);
        }

        // Keys rotate: a new kid is the signal to fetch again before refusing the token.
        _manager.RequestRefresh();
        keys = await GetKeysAsync(cancellationToken).ConfigureAwait(false);
        key = keys is null ? null : Find(keys, keyId);
        return key is null ? SigningKeyLookup.NotFound : new SigningKeyLookup(key, false);
    }

    private async Task<IList<JsonWebKey>?> GetKeysAsync(CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            return configuration.JsonWebKeySet?.Keys ?? [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // IdentityModel wraps every fetch or parse failure; none of them may ever lead to acceptance.
            AuthLog.SigningKeysUnavailable(_logger, MetadataAddress, ex);
            return null;
        }
    }

    private static JsonWebKey? Find(IList<JsonWebKey> keys, string keyId) =>
        keys.FirstOrDefault(k =>
            string.Equals(k.Kid, keyId, StringComparison.Ordinal)
            && string.Equals(k.Kty, JsonWebAlgorithmsKeyTypes.RSA, StringComparison.Ordinal)
            && (string.IsNullOrEmpty(k.Use) || string.Equals(k.Use, JsonWebKeyUseNames.Sig, StringComparison.Ordinal)));
}
