using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Storage.Postgres;

/// <summary><c>Storage:Postgres</c>: how the bot signs in to its PostgreSQL server.</summary>
internal sealed class PostgresStorageOptions
{
    public const string Section = "Storage:Postgres";

    /// <summary>The connection string's name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Postgres";

    /// <summary>
    /// Sign in to Azure Database for PostgreSQL with a Microsoft Entra access token of the bot's
    /// managed identity instead of a password; the connection string then names the database
    /// principal as <c>Username</c> and carries no <c>Password</c>.
    /// </summary>
    public bool UseEntraAuthentication { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty = Azure.Identity's default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The token audience of Azure Database for PostgreSQL.</summary>
    [Required]
    public string TokenScope { get; set; } = "https://ossrdbms-aad.database.windows.net/.default";

    /// <summary>How often a fresh token is fetched (Entra tokens last 60–90 minutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan TokenRefreshInterval { get; set; } = TimeSpan.FromMinutes(45);

    /// <summary>How soon a failed token request is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TokenRetryInterval { get; set; } = TimeSpan.FromSeconds(10);
}
