using System.Text.Json;

namespace PartnershipBot.Storage;

/// <summary>A typed state document as read, with the eTag to write it back against.</summary>
internal sealed record StateEntry<T>(string Key, T Value, string? ETag) where T : class;

/// <summary>Reads and writes typed state documents through <see cref="IStorage"/> as JSON.</summary>
internal sealed class StateAccessor(IStorage storage, JsonSerializerOptions jsonOptions)
{
    public async Task<StateEntry<T>> ReadAsync<T>(string key, Func<T> create, CancellationToken cancellationToken) where T : class
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item)
            ? new StateEntry<T>(key, JsonSerializer.Deserialize<T>(item.Json, jsonOptions) ?? create(), item.ETag)
            : new StateEntry<T>(key, create(), null);
    }

    /// <summary>Writes the entries in one transaction; throws <see cref="StorageConflictException"/> if any changed since read.</summary>
    public Task WriteAsync(IEnumerable<(string Key, object Value, string? ETag)> entries, CancellationToken cancellationToken)
    {
        var items = entries.ToDictionary(
            e => e.Key,
            e => new StoreItem(JsonSerializer.Serialize(e.Value, e.Value.GetType(), jsonOptions), e.ETag),
            StringComparer.Ordinal);
        return storage.WriteAsync(items, cancellationToken);
    }
}
