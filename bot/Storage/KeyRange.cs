namespace PartnershipBot.Storage;

/// <summary>Turns a key prefix into a half-open range <c>[prefix, upper)</c> that an ordered key index can answer.</summary>
internal static class KeyRange
{
    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/> (byte order, for ASCII prefixes).</summary>
    public static string UpperBound(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
    }
}
