using System.Text.Json;

namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>The labelled statements embedded as training data (resources <c>…analysis.training.*.jsonl</c>), in name order.</summary>
internal static class TrainingSet
{
    private const string Prefix = "PartnershipBot.Dialogs.Content.analysis.training.";

    public static IReadOnlyList<(string Text, IReadOnlyList<string> Pitfalls)> LoadEmbedded()
    {
        var assembly = typeof(TrainingSet).Assembly;
        var statements = new List<(string, IReadOnlyList<string>)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Training file '{name}' cannot be opened.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var row = JsonDocument.Parse(line).RootElement;
                statements.Add((
                    row.GetProperty("text").GetString() ?? throw new FormatException($"A line of '{name}' has no text."),
                    [.. row.GetProperty("pitfalls").EnumerateArray().Select(p => p.GetString() ?? "")]));
            }
        }

        return statements.Count > 0 ? statements : throw new InvalidOperationException("No embedded training statements.");
    }
}
