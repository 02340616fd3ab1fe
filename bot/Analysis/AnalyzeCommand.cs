using System.Text.Encodings.Web;
using System.Text.Json;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Analysis;

/// <summary>
/// <c>dotnet run --project bot -- analyze</c>: one text per input line, one JSON object per output line
/// (<c>{"pitfalls":[{"id","score","evidence"}],"lessons":[...]}</c>), for consultants and for evaluation.
/// Local only: the optional Azure signals are not used here, so no text leaves the machine.
/// </summary>
internal static class AnalyzeCommand
{
    // Evidence quotes Dutch text; escaping every accent as \u00E9 would make the output hard to read.
    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken ct) =>
        RunAsync(PitfallTextAnalyzer.Default, input, output, ct);

    internal static async Task<int> RunAsync(PitfallTextAnalyzer analyzer, TextReader input, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            var result = string.IsNullOrWhiteSpace(line) ? AnalysisResult.Empty(null) : analyzer.Analyze(line);
            await output.WriteLineAsync(ToJsonLine(result)).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return 0;
    }

    internal static string ToJsonLine(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_writer))
        {
            json.WriteStartObject();
            WriteFindings(json, "pitfalls", result.Pitfalls.Select(p => (p.Id, p.Score, p.Evidence)));
            WriteFindings(json, "lessons", result.Lessons.Select(l => (l.Id, l.Score, l.Evidence)));
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, IEnumerable<(string Id, double Score, IReadOnlyList<string> Evidence)> findings)
    {
        json.WriteStartArray(name);
        foreach (var (id, score, evidence) in findings)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteNumber("score", Math.Round(score, 2, MidpointRounding.AwayFromZero));
            json.WriteStartArray("evidence");
            foreach (var phrase in evidence)
            {
                json.WriteStringValue(phrase);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
