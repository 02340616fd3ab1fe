namespace PartnershipBot.Storage;

/// <summary>Reads a turn's documents in one round trip at its start, where the store is shared by instances.</summary>
internal interface ITurnReadAhead
{
    /// <summary>False where reads are in memory anyway (SQLite): the turn then skips working out its keys.</summary>
    bool ReadsAhead { get; }

    /// <summary>Reads <paramref name="keys"/>; until the scope is disposed, this flow's reads of them are answered from that read.</summary>
    Task<IDisposable> BeginTurnAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>The embedded store answers reads from its own write-through cache: nothing to read ahead.</summary>
internal sealed class NoReadAhead : ITurnReadAhead
{
    public bool ReadsAhead => false;

    public Task<IDisposable> BeginTurnAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The embedded store reads nothing ahead; check ReadsAhead first.");
}

/// <summary>
/// An <see cref="IStorage"/> in front of a shared database (PostgreSQL), where every read is a round trip.
/// A turn reads a handful of documents in separate steps (the unreachable marks, the conversation and the
/// user, the question on screen, the round participation), each by its own component. At the start of a
/// turn all of them are read in one query; for the rest of that turn (and only within its async flow) reads
/// of those keys are answered from that one read. This is not a cache across turns or instances: the read
/// is taken inside the turn, after the activity was claimed, exactly as the first of the separate reads
/// would have been, and eTag-checked writes still fail if another instance wrote since. The turn's own
/// writes and deletes update what it reads back; after a failed write the turn reads the database again for
/// everything, so a conflict's retry sees what the other writer wrote.
/// </summary>
internal sealed class ReadAheadStorage(IStorage inner) : IStorage, ITurnReadAhead
{
    private static readonly AsyncLocal<TurnReads?> Current = new();

    public bool ReadsAhead => true;

    /// <summary>
    /// Reads <paramref name="keys"/> now; until the returned scope is disposed, reads of them in this async flow
    /// are answered from that read. Not an async method: the flow's value is set in the caller's context, where
    /// an async method's change would be undone on return.
    /// </summary>
    public Task<IDisposable> BeginTurnAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var reads = new TurnReads();
        Current.Value = reads;
        return FillAsync(reads, keys, cancellationToken);
    }

    private async Task<IDisposable> FillAsync(TurnReads reads, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            reads.Fill(keys, await inner.ReadAsync(keys, cancellationToken));
        }

        return reads;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (Current.Value is not { } reads || !reads.TryAnswer(keys, out var answered, out var missing))
        {
            return await inner.ReadAsync(keys, cancellationToken);
        }

        if (missing.Count > 0)
        {
            foreach (var (key, item) in await inner.ReadAsync(missing, cancellationToken))
            {
                answered[key] = item;
            }
        }

        return answered;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var reads = Current.Value;
        try
        {
            var etags = await inner.WriteAsync(items, cancellationToken);
            reads?.Written(items, etags);
            return etags;
        }
        catch
        {
            // A conflict (or a failed transaction): someone else is writing, so anything this turn read ahead may be
            // stale, not only the keys of this write. From here on the turn reads the database, as without the read-ahead.
            reads?.Dispose();
            throw;
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var reads = Current.Value;
        try
        {
            await inner.DeleteAsync(keys, cancellationToken);
            reads?.Deleted(keys);
        }
        catch
        {
            reads?.Dispose();
            throw;
        }
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var reads = Current.Value;
        try
        {
            var deleted = await inner.DeleteByPrefixAsync(prefix, cancellationToken);
            reads?.DeletedPrefix(prefix);
            return deleted;
        }
        catch
        {
            reads?.Dispose();
            throw;
        }
    }

    public Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        inner.ReadByPrefixAsync(prefix, limit, cancellationToken);

    /// <summary>One turn's read: per key the document as read (or written since), or null when it is absent.</summary>
    private sealed class TurnReads : IDisposable
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, StoreItem?> _items = new(StringComparer.Ordinal);
        private bool _closed;

        public void Fill(IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, StoreItem> found)
        {
            lock (_lock)
            {
                foreach (var key in keys)
                {
                    _items[key] = found.GetValueOrDefault(key);
                }
            }
        }

        /// <returns>False when none of <paramref name="keys"/> is held (read them all as usual).</returns>
        public bool TryAnswer(IReadOnlyCollection<string> keys, out Dictionary<string, StoreItem> answered, out List<string> missing)
        {
            answered = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
            missing = [];
            var held = 0;
            lock (_lock)
            {
                if (_closed)
                {
                    return false;
                }

                foreach (var key in keys)
                {
                    if (_items.TryGetValue(key, out var item))
                    {
                        held++;
                        if (item is not null)
                        {
                            answered[key] = item;
                        }
                    }
                    else
                    {
                        missing.Add(key);
                    }
                }
            }

            return held > 0;
        }

        public void Written(IReadOnlyDictionary<string, StoreItem> items, IReadOnlyDictionary<string, string> etags)
        {
            lock (_lock)
            {
                foreach (var (key, item) in items)
                {
                    if (_items.ContainsKey(key))
                    {
                        if (etags.TryGetValue(key, out var etag))
                        {
                            _items[key] = new StoreItem(item.Json, etag);
                        }
                        else
                        {
                            _items.Remove(key);
                        }
                    }
                }
            }
        }

        public void Deleted(IEnumerable<string> keys)
        {
            lock (_lock)
            {
                foreach (var key in keys)
                {
                    if (_items.ContainsKey(key))
                    {
                        _items[key] = null;
                    }
                }
            }
        }

        public void DeletedPrefix(string prefix) => Deleted(HeldWith(prefix));

        public void Dispose()
        {
            lock (_lock)
            {
                _closed = true;
                _items.Clear();
            }

            if (ReferenceEquals(Current.Value, this))
            {
                Current.Value = null;
            }
        }

        private List<string> HeldWith(string prefix)
        {
            lock (_lock)
            {
                return [.. _items.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))];
            }
        }
    }
}
