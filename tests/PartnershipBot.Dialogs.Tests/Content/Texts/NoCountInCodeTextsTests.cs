using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Content.Texts;

/// <summary>
/// The wording that still lives in code (rounds, reports, calendar, card builders) never puts a count straight
/// before a noun: <c>$"{n} deelnemers"</c> reads "1 deelnemers". Such a text goes through a plural
/// (<c>InlineTemplate</c>, <c>RoundTexts.Count</c>) instead. Logs, exceptions and console output are for operators.
/// </summary>
public sealed partial class NoCountInCodeTextsTests
{
    // Words that may follow a bare number: ranges ("3 van 8") and thresholds ("vanaf 65 hoog" reads fine at any number).
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "van", "of", "tot", "to", "t/m", "uit", "out", "heet", "hoog", "the", "high" };

    // Not a user's text: a prompt to the language model, console output of the operator's commands, the host's
    // refusal of an oversized request, and content validation errors for whoever edits the data files.
    private static readonly HashSet<string> NotUserFacing = new(StringComparer.Ordinal)
    {
        "ModelPrompts.cs", "CardSamplesCommand.cs", "MigrateStorageCommand.cs", "BotEndpoint.cs", "AdvisorContent.cs", "BankRules.cs",
    };

    // Whole numbers that are not counts of something.
    private static readonly HashSet<string> NotCounts = new(StringComparer.Ordinal) { "year", "fiscalYear" };

    [Fact]
    public void CodeTexts_ACountBeforeANoun_GoesThroughAPlural()
    {
        var root = TestContent.RepositoryRoot();
        var problems = new List<string>();
        foreach (var file in new[] { "bot", "cards", "dialogs" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories)))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || NotUserFacing.Contains(Path.GetFileName(file)))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            var source = string.Join('\n', lines);
            var numbers = NumberDeclarations().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                if (OperatorOnly().IsMatch(lines[i]) || lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in CountThenWord().Matches(lines[i]))
                {
                    var name = match.Groups["name"].Value;
                    if (!NotCounts.Contains(name) && (numbers.Contains(name) || name.EndsWith("Count", StringComparison.Ordinal)) && !Allowed.Contains(match.Groups["word"].Value))
                    {
                        problems.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: '{match.Value}' needs a plural");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Scan_AnInterpolatedCountBeforeANoun_IsFound() =>
        Assert.Matches(CountThenWord(), "L($\"minstens {n} deelnemers\", $\"at least {n} respondents\")");

    [GeneratedRegex(@"\b(?:int|long)\??\s+(?<name>\w+)\s*[,)=;]")]
    private static partial Regex NumberDeclarations();

    [GeneratedRegex(@"\{(?:[\w.]+\.)?(?<name>\w+)(?:\(\))?\}\s+(?<word>\p{L}+)")]
    private static partial Regex CountThenWord();

    [GeneratedRegex(@"Log|Exception|throw |WriteLine|\[LoggerMessage")]
    private static partial Regex OperatorOnly();
}
