using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Tests.Content.Texts;

public class MessageTemplateTests
{
    private const string Risks = "{count, number} van de {total, plural, one {# valkuil} other {# valkuilen}} {count, plural, one {vraagt} other {vragen}} aandacht";

    public static TheoryData<int, string> RiskCounts => new()
    {
        { 0, "0 van de 3 valkuilen vragen aandacht" },
        { 1, "1 van de 3 valkuilen vraagt aandacht" },
        { 2, "2 van de 3 valkuilen vragen aandacht" },
        { 3, "3 van de 3 valkuilen vragen aandacht" },
    };

    [Theory]
    [MemberData(nameof(RiskCounts))]
    public void Format_DutchPlural_AgreesNounAndVerbWithTheCount(int count, string expected)
    {
        var template = MessageTemplate.Parse(Risks, Language.Nl);

        Assert.Equal(expected, template.Format(("count", count), ("total", 3)));
    }

    [Theory]
    [InlineData(0, "no days left")]
    [InlineData(1, "1 day left")]
    [InlineData(2, "2 days left")]
    [InlineData(40, "40 days left")]
    public void Format_ExactBranch_WinsOverTheCategory(long count, string expected)
    {
        var template = MessageTemplate.Parse("{n, plural, =0 {no days} one {# day} other {# days}} left", Language.En);

        Assert.Equal(expected, template.Format(("n", count)));
    }

    [Fact]
    public void Format_ArgumentInsideABranch_IsFilledIn()
    {
        var template = MessageTemplate.Parse("{n, plural, one {# deelnemer uit {group}} other {# deelnemers uit {group}}}", Language.Nl);

        Assert.Equal("1 deelnemer uit Eigenaren", template.Format(("n", 1), ("group", "Eigenaren")));
        Assert.Equal(TemplateArgumentKind.Text, template.Arguments["group"]);
        Assert.Equal(TemplateArgumentKind.Number, template.Arguments["n"]);
    }

    [Fact]
    public void Format_ApostrophesAndHash_OutsideAPluralAreText()
    {
        var template = MessageTemplate.Parse("Typ 'verder' of #1", Language.Nl);

        Assert.Equal("Typ 'verder' of #1", template.Format());
    }

    [Theory]
    [InlineData("{count, plural, one {# dag}}", "'other'")]
    [InlineData("{count, plural, few {# dagen} other {# dagen}}", "never applies")]
    [InlineData("{count, plural, one {a} one {b} other {c}}", "twice")]
    [InlineData("{count, bedrag}", "not a type")]
    [InlineData("{count", "expected ','")]
    [InlineData("count}", "without its '{'")]
    [InlineData("{count} en {count, number}", "both as text and as a number")]
    [InlineData("{, number}", "argument name")]
    public void Parse_MalformedTemplate_SaysWhatIsWrong(string source, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => MessageTemplate.Parse(source, Language.Nl));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_CountPassedToATextArgument_Throws()
    {
        // "{count} antwoorden" would read "1 antwoorden": a count must go through the plural rule.
        var template = MessageTemplate.Parse("{count} antwoorden", Language.Nl);

        var exception = Assert.Throws<ArgumentException>(() => template.Format(("count", 1)));
        Assert.Contains("{count, number}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MissingArgument_Throws()
    {
        var template = MessageTemplate.Parse("{n, number} van {total, number}", Language.Nl);

        Assert.Throws<ArgumentException>(() => template.Format(("n", 1)));
    }

    [Theory]
    [InlineData(Language.Nl, 0, "0 dagen")]
    [InlineData(Language.Nl, 1, "1 dag")]
    [InlineData(Language.Nl, 2, "2 dagen")]
    [InlineData(Language.En, 0, "0 days")]
    [InlineData(Language.En, 1, "1 day")]
    [InlineData(Language.En, 12, "12 days")]
    public void Count_CodeHeldTexts_FollowTheSameRule(Language language, long count, string expected)
    {
        var text = language == Language.Nl ? Plural.Count(language, count, "dag", "dagen") : Plural.Count(language, count, "day", "days");

        Assert.Equal(expected, text);
    }
}
