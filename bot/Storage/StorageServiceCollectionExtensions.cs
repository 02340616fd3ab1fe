using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Storage.Postgres;

namespace PartnershipBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The document store named by <c>Storage:Provider</c>: SQLite in the configured data folder
    /// (the embedded default) or PostgreSQL. The only place that looks at the provider.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = Provider(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The SQLite file stays available whatever the provider: Quartz keeps its job store there
        // until it has a PostgreSQL store of its own (issue 10, item 3).
        services.AddSingleton<SqliteStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var folder = Path.IsPathRooted(options.DataDirectory) ? options.DataDirectory : Path.Combine(root, options.DataDirectory);
            return new SqliteStorage(Path.Combine(folder, options.FileName), options.CacheDocuments, cacheDocumentMaxLength: options.CacheDocumentMaxLength);
        });
        services.AddSingleton(new StorageTopology(SharedByInstances: provider == StorageProvider.Postgres));
        if (provider == StorageProvider.Postgres)
        {
            services.AddPostgresStorage(configuration);
        }
        else
        {
            services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
            services.AddSingleton<IActivityClaims>(sp => sp.GetRequiredService<SqliteStorage>());
            services.AddSingleton<ITurnReadAhead, NoReadAhead>();
        }

        services.AddHostedService<ActivityClaimSweeper>();
        services.AddSingleton(sp => new StateAccessor(sp.GetRequiredService<IStorage>(), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        return services;
    }

    /// <summary>The configured provider; features with a store of their own (the scheduler) choose by it too.</summary>
    internal static StorageProvider Provider(IConfiguration configuration)
    {
        var value = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupRefusedException($"Storage:Provider must be Sqlite or Postgres, not '{value}'.");
    }
}
