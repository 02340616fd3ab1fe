using System.Reflection;
using System.Text.Json;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>Loads and validates the analyzer's data files, embedded under Content/analysis.</summary>
internal sealed class AnalysisContent
{
    private const string Folder = "PartnershipBot.Dialogs.Content.analysis.";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public AnalysisContent(AnalysisSettings settings, IReadOnlyList<LanguageLexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lexicons);
        Settings = settings;
        Lexicons = lexicons;
        Validate();
    }

    public AnalysisSettings Settings { get; }
    public IReadOnlyList<LanguageLexicon> Lexicons { get; }

    public static AnalysisContent LoadEmbedded()
    {
        var assembly = typeof(AnalysisContent).Assembly;
        var settings = Read<AnalysisSettingsDocument>(assembly, "settings.json");
        var lexicons = new[] { "nl", "en" }
            .Select(lang => LanguageLexicon.Create(Read<LexiconDocument>(assembly, $"lexicon-{lang}.json")))
            .ToArray();
        return new AnalysisContent(new AnalysisSettings(settings), lexicons);
    }

    public static T Parse<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, s_json) ?? throw new FormatException($"Empty {typeof(T).Name}.");

    private static T Read<T>(Assembly assembly, string file)
    {
        // Resource names keep the folder separator of the build host; compare with dots throughout.
        var wanted = Folder + file;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n.Replace('/', '.').Replace('\\', '.'), wanted, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded analysis file '{file}' is missing.");
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded analysis file '{file}' cannot be opened.");
        try
        {
            return JsonSerializer.Deserialize<T>(stream, s_json) ?? throw new FormatException($"'{file}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"'{file}' is not valid: {ex.Message}", ex);
        }
    }

    private void Validate()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cue in Lexicons.SelectMany(l => l.Cues))
        {
            if (!ids.Add(cue.Id))
            {
                throw new FormatException($"Cue id '{cue.Id}' is used twice.");
            }

            if (!Settings.IsKnown(cue.Target))
            {
                throw new FormatException($"Cue '{cue.Id}' targets unknown id '{cue.Target}'.");
            }

            if (cue.Terms.Count > 8)
            {
                throw new FormatException($"Cue '{cue.Id}' has more than 8 terms.");
            }
        }
    }
}
