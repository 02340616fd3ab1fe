using System.Text.Json;

namespace PartnershipBot.Storage;

/// <summary>A typed state document as read: the eTag to write it back against, and its JSON to skip unchanged writes.</summary>
internal sealed record StateEntry<T>(string Key, T Value, string? ETag, string? Json) where T : class;

/// <summary>A document to save: what it is now, and the entry it was read as.</summary>
internal sealed record StateChange(string Key, object Value, string? ETag, string? ReadJson);

/// <summary>Reads and writes typed state documents through <see cref="IStorage"/> as JSON.</summary>
internal sealed class StateAccessor(IStorage storage, JsonSerializerOptions jsonOptions)
{
    public IStorage Storage => storage;

    /// <summary>Reads two documents in one storage round trip; absent ones are created fresh.</summary>
    public async Task<(StateEntry<TA> A, StateEntry<TB> B)> ReadAsync<TA, TB>(
        string keyA, Func<TA> createA, string keyB, Func<TB> createB, CancellationToken cancellationToken)
        where TA : class
        where TB : class
    {
        var items = await storage.ReadAsync([keyA, keyB], cancellationToken);
        return (Entry(items, keyA, createA), Entry(items, keyB, createB));
    }

    public async Task<StateEntry<T>> ReadAsync<T>(string key, Func<T> create, CancellationToken cancellationToken) where T : class =>
        Entry(await storage.ReadAsync([key], cancellationToken), key, create);

    /// <summary>A document that is either there or not (no fresh default makes sense), without its eTag.</summary>
    public async Task<T?> TryReadAsync<T>(string key, CancellationToken cancellationToken) where T : class =>
        (await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var item)
            ? JsonSerializer.Deserialize<T>(item.Json, jsonOptions)
            : null;

    /// <summary>
    /// Writes the changed documents in one transaction (unchanged ones are not written); throws
    /// <see cref="StorageConflictException"/> if any written one changed since it was read.
    /// </summary>
    public Task WriteAsync(IEnumerable<StateChange> changes, CancellationToken cancellationToken) =>
        WriteAsync(changes, null, null, cancellationToken);

    /// <summary>
    /// As <see cref="WriteAsync(IEnumerable{StateChange}, CancellationToken)"/>, and when anything is written,
    /// <paramref name="rider"/> (already serialised) goes into the same transaction; true when it was written.
    /// </summary>
    public async Task<bool> WriteAsync(IEnumerable<StateChange> changes, string? riderKey, Func<StoreItem>? rider, CancellationToken cancellationToken)
    {
        var items = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var json = JsonSerializer.Serialize(change.Value, change.Value.GetType(), jsonOptions);
            if (!string.Equals(json, change.ReadJson, StringComparison.Ordinal))
            {
                items[change.Key] = new StoreItem(json, change.ETag);
            }
        }

        if (items.Count == 0)
        {
            return false;
        }

        var rides = riderKey is not null && rider is not null;
        if (rides)
        {
            items[riderKey!] = rider!();
        }

        await storage.WriteAsync(items, cancellationToken);
        return rides;
    }

    private StateEntry<T> Entry<T>(IReadOnlyDictionary<string, StoreItem> items, string key, Func<T> create) where T : class =>
        items.TryGetValue(key, out var item)
            ? new StateEntry<T>(key, JsonSerializer.Deserialize<T>(item.Json, jsonOptions) ?? create(), item.ETag, item.Json)
            : new StateEntry<T>(key, create(), null, null);
}
