using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Storage;

internal sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the SQLite database; relative paths are under the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    [Required]
    public string FileName { get; set; } = "partnershipbot.db";

    /// <summary>
    /// Documents this process keeps in memory after writing them, so turns read their state without
    /// a database round trip (0 turns it off). Every write still goes to the database first.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CacheDocuments { get; set; } = SqliteStorage.DefaultCacheDocuments;

    /// <summary>
    /// Longer documents (in characters of JSON) are not kept in that cache but read from the database
    /// when needed: they are the ones written once and seldom read (a check's result as shown, a round).
    /// </summary>
    [Range(0, 10_000_000)]
    public int CacheDocumentMaxLength { get; set; } = DocumentCache.DefaultMaxDocumentLength;
}
