using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Writes card samples as readable JSON files (one per card), the format of both the golden files and
/// <c>cards --out DIR</c>, so what a designer opens is exactly what the tests check.
/// </summary>
internal static class CardSampleWriter
{
    // Relaxed escaping keeps Dutch text and quotes readable in the files; the JSON is still valid.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToFileText(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    public static string FileName(CardSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Name + ".json";
    }

    /// <summary>Writes every sample into <paramref name="directory"/> (created if needed); returns the paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(string directory, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        List<string> paths = [];
        foreach (var sample in CardSamples.All())
        {
            var path = Path.Combine(directory, FileName(sample));
            await File.WriteAllTextAsync(path, ToFileText(sample.Card), new UTF8Encoding(false), ct).ConfigureAwait(false);
            paths.Add(path);
        }

        return paths;
    }
}
