using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>What the lexicons reported for one statement.</summary>
internal sealed record LexiconReading(IReadOnlyCollection<string> Pitfalls, IReadOnlyCollection<string> Lessons);

/// <summary>
/// The lexicons' readings of each blind set as it stood at that set's first run (the code before the set's own tuning,
/// named per line in <c>code</c>), in bench/results/blind-first-run-readings.jsonl: the only blind lexicon readings there are.
/// </summary>
internal static class FirstRunReadings
{
    public static IReadOnlyDictionary<string, LexiconReading[]> Load() =>
        File.ReadLines(Path.Combine(Root(), "bench", "results", "blind-first-run-readings.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .GroupBy(row => row.GetProperty("set").GetString()!)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(row => row.GetProperty("index").GetInt32())
                    .Select(row => new LexiconReading(Ids(row, "pitfalls"), Ids(row, "lessons")))
                    .ToArray());

    private static string[] Ids(JsonElement row, string name) => [.. row.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];

    private static string Root([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
