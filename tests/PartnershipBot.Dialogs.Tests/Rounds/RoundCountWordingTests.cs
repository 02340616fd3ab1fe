using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Dialogs.Tests.Rounds;

/// <summary>The exact words a consultant or participant reads where a round text carries a count, for 0, 1 and 2.</summary>
public class RoundCountWordingTests
{
    public static TheoryData<int, string, string> People => new()
    {
        { 0, "minstens 0 personen", "at least 0 people" },
        { 1, "minstens 1 persoon", "at least 1 person" },
        { 2, "minstens 2 personen", "at least 2 people" },
    };

    public static TheoryData<int, string, string> Respondents => new()
    {
        { 0, "minstens 0 deelnemers met uw rol", "at least 0 respondents with your role" },
        { 1, "minstens 1 deelnemer met uw rol", "at least 1 respondent with your role" },
        { 2, "minstens 2 deelnemers met uw rol", "at least 2 respondents with your role" },
    };

    public static TheoryData<int, string, string> Days => new()
    {
        { 0, "herinnering 0 dagen vóór sluiting", "reminder 0 days before closing" },
        { 1, "herinnering 1 dag vóór sluiting", "reminder 1 day before closing" },
        { 2, "herinnering 2 dagen vóór sluiting", "reminder 2 days before closing" },
    };

    public static TheoryData<int, string, string> Months => new()
    {
        { 0, "nieuwe ronde over 0 maanden", "new round in 0 months" },
        { 1, "nieuwe ronde over 1 maand", "new round in 1 month" },
        { 2, "nieuwe ronde over 2 maanden", "new round in 2 months" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void Invitation_MinimumGroup_AgreesWithTheCount(int n, string dutch, string english)
    {
        Assert.Contains("voor groepen van " + dutch + ".", RoundUi.For(Language.Nl).InvitationText("16 december", n), StringComparison.Ordinal);
        Assert.Contains("for groups of " + english + ".", RoundUi.For(Language.En).InvitationText("16 December", n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(People))]
    public void CanRelease_Block_AgreesWithTheCount(int n, string dutch, string english)
    {
        Assert.Contains("blok van " + dutch + " met dezelfde rol", RoundUi.For(Language.Nl).CanReleaseText(n), StringComparison.Ordinal);
        Assert.Contains("block of " + english + " with the same role", RoundUi.For(Language.En).CanReleaseText(n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Respondents))]
    public void Recorded_CohortRule_AgreesWithTheCount(int n, string dutch, string english)
    {
        Assert.Contains(dutch, RoundUi.For(Language.Nl).Recorded("ISD", n), StringComparison.Ordinal);
        Assert.Contains(english, RoundUi.For(Language.En).Recorded("ISD", n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void RemindDescription_Days_AgreeWithTheCount(int n, string dutch, string english)
    {
        Assert.Equal("Ronde ISD: " + dutch, RoundUi.For(Language.Nl).RemindDescription("ISD", n));
        Assert.Equal("Round ISD: " + english, RoundUi.For(Language.En).RemindDescription("ISD", n));
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void RecheckDescription_Months_AgreeWithTheCount(int n, string dutch, string english)
    {
        Assert.Equal("Ronde ISD: " + dutch, RoundUi.For(Language.Nl).RecheckDescription("ISD", n));
        Assert.Equal("Round ISD: " + english, RoundUi.For(Language.En).RecheckDescription("ISD", n));
    }

    [Fact]
    public void OpenQuestion_ThemeMinimum_ReadsAsAPluralOfRespondents()
    {
        Assert.Contains($"vanaf {GroupSize.ThemeMinimum} deelnemers.", RoundUi.For(Language.Nl).OpenQuestion, StringComparison.Ordinal);
        Assert.Contains($"from {GroupSize.ThemeMinimum} respondents.", RoundUi.For(Language.En).OpenQuestion, StringComparison.Ordinal);
    }
}
