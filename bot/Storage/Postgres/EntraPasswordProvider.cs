using Azure.Core;
using Npgsql;

namespace PartnershipBot.Storage.Postgres;

/// <summary>
/// Npgsql's periodic password provider for Microsoft Entra sign-in: the "password" is an access
/// token of the bot's identity for Azure Database for PostgreSQL, fetched ahead of its expiry so
/// opening a connection never waits for Entra.
/// </summary>
internal sealed class EntraPasswordProvider(TokenCredential credential, string scope)
{
    public async ValueTask<string> GetPasswordAsync(NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        return token.Token;
    }

    public void Attach(NpgsqlDataSourceBuilder builder, PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.UsePeriodicPasswordProvider(GetPasswordAsync, options.TokenRefreshInterval, options.TokenRetryInterval);
    }
}
