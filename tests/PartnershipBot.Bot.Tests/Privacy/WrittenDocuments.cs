using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Privacy;

/// <summary>
/// Every document the host hands to its store, whatever the provider, kept as written (key and JSON): what
/// a test finds missing here never reached the database, its log or its free pages.
/// </summary>
internal sealed class WrittenDocuments
{
    public ConcurrentQueue<(string Key, string Json)> All { get; } = new();

    /// <summary>For <c>TestBotHost.StartAsync</c>'s configure: the configured store, with every write recorded on its way in.</summary>
    public void Record(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Services.Last(d => d.ServiceType == typeof(IStorage));
        builder.Services.Remove(configured);
        builder.Services.AddSingleton<IStorage>(sp => new Recording(
            (IStorage)(configured.ImplementationFactory?.Invoke(sp) ?? configured.ImplementationInstance!),
            this));
    }

    private sealed class Recording(IStorage inner, WrittenDocuments written) : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken)
        {
            foreach (var (key, item) in items)
            {
                written.All.Enqueue((key, item.Json));
            }

            return inner.WriteAsync(items, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeleteByPrefixAsync(prefix, cancellationToken);

        public Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
            inner.ReadByPrefixAsync(prefix, limit, cancellationToken);
    }
}
