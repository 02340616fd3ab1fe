using System.Collections.Concurrent;

namespace PartnershipBot.Storage;

/// <summary>
/// The documents this process last wrote, with their eTags, so a turn reads its state from memory
/// instead of the database. Write-through only: entries come from committed writes (never from
/// reads, which could race a delete), and a delete or a lost eTag check removes them. Bounded: past
/// its capacity a tenth of the entries (in no particular order) make room; capacity 0 keeps nothing.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);

    public bool TryGet(string key, out StoreItem item) => _items.TryGetValue(key, out item!);

    public void Set(string key, StoreItem item)
    {
        if (capacity <= 0)
        {
            return;
        }

        _items[key] = item;
        if (_items.Count > capacity)
        {
            Trim();
        }
    }

    public void Remove(string key) => _items.TryRemove(key, out _);

    public void RemovePrefix(string prefix)
    {
        foreach (var key in _items.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                _items.TryRemove(key, out _);
            }
        }
    }

    private void Trim()
    {
        var excess = _items.Count - (capacity - (capacity / 10));
        foreach (var key in _items.Keys)
        {
            if (excess-- <= 0)
            {
                break;
            }

            _items.TryRemove(key, out _);
        }
    }
}
