using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Npgsql;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Storage.Postgres;

internal static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Documents in PostgreSQL (<c>ConnectionStrings:Postgres</c>) through one pooled Npgsql data
    /// source, optionally signed in with the bot's managed identity, schema applied at start.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(PostgresStorageOptions.ConnectionStringName) ?? string.Empty;
        RefuseUnreadable(connectionString);
        services.AddOptions<PostgresStorageOptions>()
            .BindConfiguration(PostgresStorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(_ => TryParse(connectionString) is not null, "Storage:Provider is Postgres, so ConnectionStrings:Postgres must hold a valid Npgsql connection string with a Host.")
            .Validate(
                o => !o.UseEntraAuthentication || string.IsNullOrEmpty(TryParse(connectionString)?.Password),
                "Storage:Postgres:UseEntraAuthentication is on, so ConnectionStrings:Postgres must not carry a Password (the managed identity's token is the password).")
            .ValidateOnStart();
        services.AddNpgsqlDataSource(connectionString, (sp, builder) =>
        {
            PostgresConnectionDefaults.Apply(builder.ConnectionStringBuilder, connectionString);
            var options = sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value;
            if (options.UseEntraAuthentication)
            {
                // A TokenCredential in the container wins (tests give one that needs no Azure).
                var credential = sp.GetService<TokenCredential>() ?? CreateCredential(options);
                new EntraPasswordProvider(credential, options.TokenScope).Attach(builder, options);
            }
        });
        services.AddSingleton<PostgresStorage>();
        services.AddSingleton(sp => new ReadAheadStorage(sp.GetRequiredService<PostgresStorage>()));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<ReadAheadStorage>());
        services.AddSingleton<ITurnReadAhead>(sp => sp.GetRequiredService<ReadAheadStorage>());
        services.AddSingleton<IActivityClaims>(sp => sp.GetRequiredService<PostgresStorage>());
        services.AddHostedService<PostgresSchemaInitializer>();
        return services;
    }

    private static TokenCredential CreateCredential(PostgresStorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));

    /// <summary>
    /// A connection string Npgsql cannot read (an unknown keyword, a bad value) would otherwise fail deep in the
    /// data source factory with a stack trace; refused here with one line naming the setting. Npgsql's reason names
    /// the keyword, never its value, so no password reaches the console.
    /// </summary>
    private static void RefuseUnreadable(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new StartupRefusedException($"ConnectionStrings:Postgres is not a connection string Npgsql can read ({exception.Message}).");
        }
    }

    private static NpgsqlConnectionStringBuilder? TryParse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        // Readable: RefuseUnreadable has already stopped the start otherwise.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return string.IsNullOrWhiteSpace(builder.Host) ? null : builder;
    }
}
