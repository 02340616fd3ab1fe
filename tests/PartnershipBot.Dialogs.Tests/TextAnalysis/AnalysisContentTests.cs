using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

public sealed class AnalysisContentTests
{
    private const string Settings = """{"threshold":0.5,"questionFactor":0.6,"negationReach":8,"pairs":{"owner-savings-target":"patient-owners-buffer"}}""";

    private static AnalysisContent Build(string cues, string language = "nl") =>
        new(
            new AnalysisSettings(AnalysisContent.Parse<AnalysisSettingsDocument>(Settings)),
            [LanguageLexicon.Create(AnalysisContent.Parse<LexiconDocument>(
                $$"""{"language":"{{language}}","stopwords":["de"],"negators":["geen"],"contrastMarkers":[],"clauseBreaks":[],"scopeBlockers":[],"questionStarts":[],"numberWords":[],"cues":[{{cues}}]}"""))]);

    [Fact]
    public void LoadEmbedded_ShippedFiles_LoadAndValidate()
    {
        var content = AnalysisContent.LoadEmbedded();

        Assert.Equal(["nl", "en"], content.Lexicons.Select(l => l.Language));
        Assert.All(content.Lexicons, l => Assert.True(l.Cues.Count > 40));
        Assert.Equal(3, content.Settings.LessonOf.Count);
    }

    public static TheoryData<string, string> BrokenCues => new()
    {
        { """{"id":"a","target":"owner-savings-target","weight":1.5,"terms":["x"]}""", "weight" },
        { """{"id":"a","target":"owner-savings-target","weight":0,"terms":["x"]}""", "weight" },
        { """{"id":"a","target":"no-such-pitfall","weight":0.5,"terms":["x"]}""", "unknown id" },
        { """{"id":"a","target":"owner-savings-target","weight":0.5,"terms":["x"]},{"id":"a","target":"owner-savings-target","weight":0.5,"terms":["y"]}""", "used twice" },
        { """{"id":"a","target":"owner-savings-target","weight":0.5,"terms":[]}""", "no terms" },
        { """{"id":"a","target":"owner-savings-target","weight":0.5,"terms":["ta*ak"]}""", "'*'" },
    };

    [Theory]
    [MemberData(nameof(BrokenCues))]
    public void Create_BrokenCue_FormatExceptionNamingTheProblem(string cues, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Build(cues));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnsupportedLanguage_FormatException() =>
        Assert.Throws<FormatException>(() => Build("""{"id":"a","target":"owner-savings-target","weight":0.5,"terms":["x"]}""", "fr"));

    [Fact]
    public void Analyze_MinimalLexicon_StemmedWildcardAndNegatedCues()
    {
        var analyzer = new PitfallTextAnalyzer(Build("""
            {"id":"s","target":"owner-savings-target","weight":0.8,"terms":["besparing"]},
            {"id":"w","target":"patient-owners-buffer","weight":0.6,"terms":["*buffer"]}
            """));

        Assert.Equal("owner-savings-target", Assert.Single(analyzer.Analyze("de besparingen").Pitfalls).Id);
        Assert.Equal("patient-owners-buffer", Assert.Single(analyzer.Analyze("de reservebuffer").Lessons).Id);
        var negated = analyzer.Analyze("de geen besparing");
        Assert.Empty(negated.Pitfalls);
        Assert.Equal("patient-owners-buffer", Assert.Single(negated.Lessons).Id);
    }

    [Fact]
    public void Parse_SettingsOutOfRange_FormatException() =>
        Assert.Throws<FormatException>(() => new AnalysisSettings(AnalysisContent.Parse<AnalysisSettingsDocument>(Settings.Replace("0.5", "1.5", StringComparison.Ordinal))));
}
