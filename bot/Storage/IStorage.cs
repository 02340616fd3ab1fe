namespace PartnershipBot.Storage;

/// <summary>
/// Key/value storage for bot state in the spirit of the Bot Framework SDK's IStorage, with real
/// optimistic concurrency: a write carries the eTag it read, and loses if someone wrote since.
/// </summary>
internal interface IStorage
{
    /// <summary>Reads the keys that exist; unknown keys are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all items in one transaction and returns their new eTags. Per item: eTag <c>*</c> is
    /// last-writer-wins; <c>null</c> means "create, it must not exist yet"; any other value must equal
    /// the stored eTag. One mismatch fails the whole write with <see cref="StorageConflictException"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Deletes every key that starts with <paramref name="prefix"/>; returns how many.</summary>
    Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// Reads up to <paramref name="limit"/> documents whose key starts with <paramref name="prefix"/>, in key
    /// order (an index range, not a scan of the table): for small, short-lived families of documents such as the outbox.
    /// </summary>
    Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken);
}
