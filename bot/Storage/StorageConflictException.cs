namespace PartnershipBot.Storage;

/// <summary>Another writer changed the item since it was read; re-read and try again.</summary>
internal sealed class StorageConflictException(string key)
    : Exception($"The stored item was changed by another writer (key hash {key.GetHashCode(StringComparison.Ordinal):x8}).")
{
    public string Key { get; } = key;
}
