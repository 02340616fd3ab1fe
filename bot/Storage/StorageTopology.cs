namespace PartnershipBot.Storage;

/// <summary>
/// Whether other bot instances write the same store. A component that remembers what it read (rather
/// than what it wrote) may do so only when they do not: another instance could change it unseen.
/// </summary>
internal sealed record StorageTopology(bool SharedByInstances)
{
    public static StorageTopology SingleProcess { get; } = new(false);
}
