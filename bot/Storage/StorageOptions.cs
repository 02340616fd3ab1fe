using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Storage;

internal sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the SQLite database; relative paths are under the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    [Required]
    public string FileName { get; set; } = "partnershipbot.db";
}
