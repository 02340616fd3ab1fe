namespace PartnershipBot.Storage;

/// <summary>A stored JSON document and the eTag it was read with (or must be written against).</summary>
internal sealed record StoreItem(string Json, string? ETag)
{
    public const string AnyETag = "*";
}
