using System.Collections.Concurrent;

namespace PartnershipBot.Storage;

/// <summary>
/// The documents this process last wrote, with their eTags, so a turn reads its state from memory
/// instead of the database. Write-through only: entries come from committed writes (never from
/// reads, which could race a delete), and a delete or a lost eTag check removes them. Bounded: past
/// its capacity a tenth of the entries (in no particular order) make room; capacity 0 keeps nothing.
/// A document longer than <paramref name="maxDocumentLength"/> characters is not kept (and an older,
/// shorter version of it is dropped): the large ones are written once and seldom read in a turn — a
/// check's result as it was shown, a round with all its responses — and kept in memory they were most
/// of the heap under load (2,000 results of 10,000 characters each, 39 MB as UTF-16 strings).
/// </summary>
internal sealed class DocumentCache(int capacity, int maxDocumentLength = DocumentCache.DefaultMaxDocumentLength)
{
    /// <summary>Above a conversation's state (dialog, profile with its history: up to about 6,000 characters).</summary>
    public const int DefaultMaxDocumentLength = 8_192;

    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);

    public bool TryGet(string key, out StoreItem item) => _items.TryGetValue(key, out item!);

    public void Set(string key, StoreItem item)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (item.Json.Length > maxDocumentLength)
        {
            _items.TryRemove(key, out _);
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
