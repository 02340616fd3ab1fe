using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content;

/// <summary>
/// What a report's method section names from the content: the quick check's statements per role, the risk
/// bands, and the lesson that answers each pitfall. Read from the loaded bank, so the report never drifts
/// from what respondents were asked.
/// </summary>
public static class MethodFacts
{
    /// <summary>The quick check's statements (short wording) asked of <paramref name="role"/>, in bank order.</summary>
    public static IReadOnlyList<string> QuickStatements(ContentCatalog catalog, Role role, Language language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Current.ItemsFor(CheckKind.Quick, role).Select(i => i.Short[language])];
    }

    /// <summary>How many context questions precede the statements.</summary>
    public static int ContextQuestions(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Current.ContextItems.Count;
    }

    public static (int ElevatedFrom, int HighFrom) Bands(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return (catalog.Current.ElevatedFrom, catalog.Current.HighFrom);
    }

    /// <summary>The title of the lesson from partnerships that worked which protects against <paramref name="pitfallId"/>; null for an unknown pitfall.</summary>
    public static string? LessonFor(ContentCatalog catalog, string pitfallId, Language language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var pitfall = catalog.Current.Pitfalls.FirstOrDefault(p => p.Id == pitfallId);
        return pitfall is null ? null : catalog.Current.Lessons.FirstOrDefault(l => l.Id == pitfall.LessonId)?.Title[language];
    }
}
