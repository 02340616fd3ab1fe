using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Dialogs.Tests.Support;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

/// <summary>One vocabulary and correct agreement in every round text, for counts 0, 1, 2 and many.</summary>
public class RoundTextsTests
{
    public static TheoryData<string, Language> PitfallsAndLanguages => new()
    {
        { Savings, Language.Nl }, { Service, Language.Nl }, { Appearance, Language.Nl },
        { Savings, Language.En }, { Service, Language.En }, { Appearance, Language.En },
    };

    [Theory]
    [MemberData(nameof(PitfallsAndLanguages))]
    public void Pitfall_Name_IsTheItemBanksName(string pitfallId, Language language) =>
        Assert.Equal(TestContent.Catalog.PitfallName(pitfallId, language), RoundUi.For(language).PitfallName(pitfallId));

    public static TheoryData<int> Counts => [0, 1, 2, 17];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Templates_WithACount_AgreeInNumber(int n)
    {
        var nl = RoundUi.For(Language.Nl);
        var en = RoundUi.For(Language.En);
        var texts = new[]
        {
            nl.RemindDescription("ISD", n), nl.RecheckDescription("ISD", n), nl.CanReleaseText(n), nl.CannotReleaseText(n),
            en.RemindDescription("ISD", n), en.RecheckDescription("ISD", n), en.CanReleaseText(n), en.CannotReleaseText(n),
        };

        foreach (var text in texts)
        {
            Assert.DoesNotContain(" 1 dagen", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" 1 maanden", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" 1 personen", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" 1 days", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" 1 months", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" 1 people", text, StringComparison.Ordinal);
        }

        Assert.Contains(n == 1 ? "1 dag vóór" : $"{n} dagen vóór", nl.RemindDescription("ISD", n), StringComparison.Ordinal);
        Assert.Contains(n == 1 ? "over 1 maand" : $"over {n} maanden", nl.RecheckDescription("ISD", n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void ResultsView_RespondentsAndPoints_AgreeInNumber(int owners)
    {
        var round = Closed(RoundWith([.. Many(Role.Owner, owners, 40), .. Many(Role.Client, 3, 80)], 3));

        var view = RoundResultsBuilder.Build(round, round.FinalRelease!, Language.Nl);

        var all = string.Join(" ", new[] { view.Summary, view.ThemesNote, view.ConfidentialityNote }.Concat(view.Rows.Select(r => r.CountText)).Concat(view.Gaps.Select(g => g.SizeText)));
        Assert.DoesNotContain("1 deelnemers", all, StringComparison.Ordinal);
        Assert.DoesNotContain("1 punten", all, StringComparison.Ordinal);
        Assert.DoesNotContain("1 personen", all, StringComparison.Ordinal);
    }

    public static TheoryData<Role, string> SingularSubjects => new()
    {
        { Role.Contractor, "de directie verwacht" },
        { Role.Client, "de opdrachtgevers verwachten" },
    };

    [Theory]
    [MemberData(nameof(SingularSubjects))]
    public void GapExplanation_Subject_VerbAgrees(Role higher, string expected)
    {
        var gap = new RoleGap(Savings, higher, Role.Owner, 80, 30, GapSize.Large);

        var text = RoundTexts.GapExplanation(gap, Language.Nl);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("de directie verwachten", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GapExplanation_ManagementCountsOnHarmonisation_SingularVerb() =>
        Assert.Contains("de directie juist rekent op", RoundTexts.GapExplanation(new RoleGap(Service, Role.Contractor, Role.Client, 80, 30, GapSize.Large), Language.Nl), StringComparison.Ordinal);
}
