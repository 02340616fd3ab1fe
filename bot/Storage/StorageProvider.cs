namespace PartnershipBot.Storage;

/// <summary>Where documents live: chosen once by <c>Storage:Provider</c>.</summary>
internal enum StorageProvider
{
    /// <summary>The embedded default: one file, one bot process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>ConnectionStrings:Postgres</c>), for several instances.</summary>
    Postgres,
}
