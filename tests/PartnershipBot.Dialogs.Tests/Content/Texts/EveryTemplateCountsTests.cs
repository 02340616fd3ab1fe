using System.Text;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Content.Texts;

/// <summary>
/// Every shipped message template rendered with the counts 0, 1, 2 and many, in both languages, against a
/// reviewed golden file (Content/Texts/ui-counts.golden.txt). UPDATE_GOLDEN=1 rewrites it; read the diff
/// as you would read Dutch: "1 valkuil", "1 tegenstrijdigheid", "de directie verwacht".
/// </summary>
public partial class EveryTemplateCountsTests
{
    private static readonly long[] Counts = [0, 1, 2, 17];

    private static string GoldenPath => Path.Combine(TestContent.RepositoryRoot(), "tests", "PartnershipBot.Dialogs.Tests", "Content", "Texts", "ui-counts.golden.txt");

    [Fact]
    public void Render_EveryUiTemplateWithZeroOneTwoAndMany_MatchesTheReviewedGolden()
    {
        var rendered = RenderAll();
        var path = Path.GetFullPath(GoldenPath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), "No golden file " + path + "; run the tests with UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), rendered);
    }

    [Fact]
    public void Render_EveryUiTemplate_LeavesNoPlaceholderOrOptionalPlural()
    {
        foreach (var line in RenderAll().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = line[(line.IndexOf(" => ", StringComparison.Ordinal) + 4)..];
            Assert.DoesNotMatch(@"[{}]", text);
            // "valkuil(en)" and "pitfall(s)" are what a plural rule exists to replace.
            Assert.DoesNotMatch(@"\p{L}\((en|s|n)\)", text);
        }
    }

    [Fact]
    public void Templates_ANumberFollowedByANoun_GoThroughAPlural()
    {
        // "{count, number} antwoorden" would read "1 antwoorden"; only "3 van 8" style ranges may follow a bare number.
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "van", "of", "tot", "to", "t/m", "uit", "out" };
        foreach (var (key, template) in TestContent.Catalog.Ui.Messages)
        {
            foreach (var language in new[] { Language.Nl, Language.En })
            {
                foreach (Match match in NumberThenWord().Matches(template[language].Source))
                {
                    Assert.True(allowed.Contains(match.Groups["word"].Value), $"{key}.{language}: '{match.Value}' needs a plural");
                }
            }
        }
    }

    [Fact]
    public void Summary_IssueExamples_ReadAsCorrectDutch()
    {
        var ui = TestContent.Catalog.Ui;

        Assert.Equal("3 van de 3 valkuilen vragen aandacht: a, b, c.", ui.Format("summary.risks", Language.Nl, ("count", 3), ("total", 3), ("titles", "a, b, c")));
        Assert.Equal("1 van de 3 valkuilen vraagt aandacht: a.", ui.Format("summary.risks", Language.Nl, ("count", 1), ("total", 3), ("titles", "a")));
        Assert.StartsWith("Ook valt er 1 tegenstrijdigheid in uw antwoorden op; die telt", ui.Format("summary.contradictions", Language.Nl, ("count", 1)), StringComparison.Ordinal);
        Assert.Contains("Voor 1 valkuil waren", ui.Format("summary.unknown", Language.Nl, ("count", 1)), StringComparison.Ordinal);
    }

    internal static string RenderAll()
    {
        var output = new StringBuilder();
        foreach (var (key, template) in TestContent.Catalog.Ui.Messages.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            foreach (var language in new[] { Language.Nl, Language.En })
            {
                foreach (var (label, values) in Cases(template[language]))
                {
                    output.Append(key).Append(" [").Append(language.ToString().ToLowerInvariant()).Append(']')
                        .Append(label.Length > 0 ? " " + label : string.Empty).Append(" => ")
                        .Append(template[language].Format(values).ReplaceLineEndings(" ")).Append('\n');
                }
            }
        }

        return output.ToString();
    }

    /// <summary>Each number argument takes 0, 1, 2 and many in turn (the others at 3); text arguments show their name.</summary>
    private static IEnumerable<(string Label, (string, object)[] Values)> Cases(MessageTemplate template)
    {
        var numbers = template.Arguments.Where(a => a.Value == TemplateArgumentKind.Number).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        var texts = template.Arguments.Where(a => a.Value == TemplateArgumentKind.Text).Select(a => (a.Key, (object)("‹" + a.Key + "›"))).ToList();
        if (numbers.Count == 0)
        {
            yield return (string.Empty, [.. texts]);
            yield break;
        }

        foreach (var varied in numbers)
        {
            foreach (var count in Counts)
            {
                var values = numbers.Select(n => (n, (object)(n == varied ? count : 3L))).Concat(texts).ToArray();
                yield return (string.Join(",", numbers.Select(n => $"{n}={(n == varied ? count : 3)}")), values);
            }
        }
    }

    [GeneratedRegex(@"\{\w+, number\}\s+(?<word>[\p{L}/]+)")]
    private static partial Regex NumberThenWord();
}
