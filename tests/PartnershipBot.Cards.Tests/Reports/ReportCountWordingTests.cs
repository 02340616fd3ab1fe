using PartnershipBot.Cards.Reports;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests.Reports;

/// <summary>The report's method section as a board member reads it, for the counts 0, 1 and 2 in both languages.</summary>
public sealed class ReportCountWordingTests
{
    private static readonly ReportTexts Nl = ReportTexts.For(Language.Nl);
    private static readonly ReportTexts En = ReportTexts.For(Language.En);

    public static TheoryData<int, string, string> Participation => new()
    {
        { 0, "0 personen meldden zich aan; 0 deelnemers maakten de snelle check af en tellen mee.", "0 people joined; 0 respondents finished the quick check and count." },
        { 1, "1 persoon meldde zich aan; 1 deelnemer maakte de snelle check af en telt mee.", "1 person joined; 1 respondent finished the quick check and counts." },
        { 2, "2 personen meldden zich aan; 2 deelnemers maakten de snelle check af en tellen mee.", "2 people joined; 2 respondents finished the quick check and count." },
    };

    public static TheoryData<int, string, string> Respondents => new()
    {
        { 0, "0 deelnemers", "0 respondents" },
        { 1, "1 deelnemer", "1 respondent" },
        { 2, "2 deelnemers", "2 respondents" },
    };

    public static TheoryData<int, string, string> Questions => new()
    {
        { 0, "de snelle check: 0 vragen over de eigen rol", "the quick check privately: 0 questions about their own role" },
        { 1, "de snelle check: 1 vraag over de eigen rol", "the quick check privately: 1 question about their own role" },
        { 2, "de snelle check: 2 vragen over de eigen rol", "the quick check privately: 2 questions about their own role" },
    };

    [Theory]
    [MemberData(nameof(Participation))]
    public void Participation_JoinedAndFinished_AgreeWithTheirCounts(int n, string dutch, string english)
    {
        Assert.StartsWith(dutch, Nl.Participation(n, n), StringComparison.Ordinal);
        Assert.StartsWith(english, En.Participation(n, n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Respondents))]
    public void Suppression_AndThemes_MinimumAgreesWithTheCount(int n, string dutch, string english)
    {
        Assert.Contains("getoond met minstens " + dutch + ".", Nl.Suppression(n), StringComparison.Ordinal);
        Assert.Contains("shown only with at least " + english + ".", En.Suppression(n), StringComparison.Ordinal);
        Assert.Contains("pas vanaf " + dutch + " en alleen", Nl.Analyzer(n), StringComparison.Ordinal);
        Assert.Contains("only from " + english + " and only", En.Analyzer(n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Items_ContextQuestions_AgreeWithTheCount(int n, string dutch, string english)
    {
        Assert.Contains(dutch, Nl.Items(n), StringComparison.Ordinal);
        Assert.Contains(english, En.Items(n), StringComparison.Ordinal);
    }
}
