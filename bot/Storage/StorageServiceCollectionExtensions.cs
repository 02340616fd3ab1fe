using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>SQLite in the configured data folder as the embedded default.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqliteStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var folder = Path.IsPathRooted(options.DataDirectory) ? options.DataDirectory : Path.Combine(root, options.DataDirectory);
            return new SqliteStorage(Path.Combine(folder, options.FileName), options.CacheDocuments);
        });
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
        services.AddSingleton(sp => new StateAccessor(sp.GetRequiredService<IStorage>(), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        return services;
    }
}
