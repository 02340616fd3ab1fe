using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// The check a model's answer must pass before it is sent: well-formed JSON, at least one citation, every citation
/// (listed or inline as [id]) one of the passages given, the answer in the user's language, and bounded in length.
/// Pure: a failed check returns the reason, and the caller sends the local answer instead.
/// </summary>
internal static partial class AnswerCheck
{
    public static (GroundedAnswer? Answer, string? Failure) Check(string? json, IReadOnlyCollection<string> givenIds, Language language, int maxCharacters)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, "empty response");
        }

        string? text;
        List<string> citations;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            text = root.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.String ? answer.GetString() : null;
            citations = root.TryGetProperty("citations", out var cited) && cited.ValueKind == JsonValueKind.Array
                ? [.. cited.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)]
                : [];
        }
        catch (JsonException)
        {
            return (null, "malformed JSON");
        }

        return CheckText(text, citations, givenIds, language, maxCharacters);
    }

    /// <summary>The same check for an answer written as plain text (a streamed answer): its citations are the inline [id]s.</summary>
    public static (GroundedAnswer? Answer, string? Failure) CheckText(string? text, IReadOnlyList<string> listed, IReadOnlyCollection<string> givenIds, Language language, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(listed);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "no answer text");
        }

        var inline = InlineCitation().Matches(text).Select(m => m.Groups[1].Value).ToList();
        var all = listed.Concat(inline).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            return (null, "no citation");
        }

        if (EarlyFailure(text, givenIds, maxCharacters) is { } failure)
        {
            return (null, failure);
        }

        if (all.Any(id => !givenIds.Contains(id)))
        {
            return (null, "a citation that is not a given passage");
        }

        var guessed = PitfallTextAnalyzer.Default.Analyze(text).Language;
        if (guessed != (language == Language.Nl ? "nl" : "en"))
        {
            return (null, "not in the user's language");
        }

        return (new GroundedAnswer(text.Trim(), all), null);
    }

    /// <summary>
    /// What can fail before the answer is complete: an inline citation that is not a given passage, or too much text.
    /// A streamed answer is stopped there, so the user sees as little unchecked text as possible.
    /// </summary>
    public static string? EarlyFailure(string textSoFar, IReadOnlyCollection<string> givenIds, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(textSoFar);
        if (textSoFar.Length > maxCharacters)
        {
            return "too long";
        }

        return InlineCitation().Matches(textSoFar).Any(m => !givenIds.Contains(m.Groups[1].Value))
            ? "a citation that is not a given passage"
            : null;
    }

    /// <summary>The answer as a reader sees it: the inline citations (passage ids) left out, with the space before them.</summary>
    public static string Readable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ShownCitation().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"\[([a-z0-9][a-z0-9.\-]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCitation();

    [GeneratedRegex(@"[ \t]*\[[a-z0-9][a-z0-9.\-]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ShownCitation();
}
