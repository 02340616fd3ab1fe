namespace PartnershipBot.Storage.Postgres;

/// <summary>One schema version: applied once per database, in version order, never edited after release.</summary>
internal sealed record PostgresMigration(int Version, string Name, string Sql);
