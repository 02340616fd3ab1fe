using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

public class RoleGapTests
{
    [Fact]
    public void Analyze_TwelveRespondents_HandComputedGapsWidestFirst()
    {
        var gaps = RoleGapAnalyzer.Analyze(RoundAggregator.Aggregate(RoundWith(Twelve())));

        // Means (owners/clients/contractors): savings 30/63/75, service 51/23/75, appearance 20/43/65.
        // service: 75 − 23 = 52; savings: 75 − 30 = 45; appearance: 65 − 20 = 45 (tie keeps pitfall order).
        Assert.Equal(
            [
                new RoleGap(Service, Role.Contractor, Role.Client, 75, 23, GapSize.Large),
                new RoleGap(Savings, Role.Contractor, Role.Owner, 75, 30, GapSize.Large),
                new RoleGap(Appearance, Role.Contractor, Role.Owner, 65, 20, GapSize.Large),
            ],
            gaps);
    }

    public static TheoryData<int, GapSize> Sizes => new()
    {
        { 0, GapSize.Small }, { 14, GapSize.Small }, { 15, GapSize.Clear }, { 24, GapSize.Clear }, { 25, GapSize.Large }, { 100, GapSize.Large },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void SizeOf_Points_Label(int points, GapSize expected) => Assert.Equal(expected, RoleGapAnalyzer.SizeOf(points));

    [Fact]
    public void Analyze_HiddenGroup_NeverPartOfAGap()
    {
        // Owners (2) form no block; clients and contractors are shown: their gap is there, the owners' 90 in none.
        var round = RoundWith([.. Many(Role.Owner, 2, 90), .. Many(Role.Client, 5, 10), .. Many(Role.Contractor, 6, 50)], 5);

        var gaps = RoleGapAnalyzer.Analyze(RoundAggregator.Aggregate(round));

        Assert.All(gaps, g => Assert.Equal((Role.Contractor, Role.Client, 50, 10), (g.Higher, g.Lower, g.HigherMean, g.LowerMean)));
        Assert.Equal(3, gaps.Count);
    }

    [Fact]
    public void Analyze_ClearGap_SixteenPoints()
    {
        // Owners 40, clients 56 on every pitfall: 56 − 40 = 16 → clear; contractors too few (2).
        var round = RoundWith([.. Many(Role.Owner, 3, 40), .. Many(Role.Client, 3, 56), .. Many(Role.Contractor, 2, 99)], 3);

        var gaps = RoleGapAnalyzer.Analyze(RoundAggregator.Aggregate(round));

        // Contractors (2) count nowhere; owners and clients are compared.
        Assert.All(gaps, g => Assert.Equal((16, GapSize.Clear, Role.Client, Role.Owner), (g.Points, g.Size, g.Higher, g.Lower)));
        var withFourClients = RoundWith([.. Many(Role.Owner, 3, 40), .. Many(Role.Client, 4, 56)], 3);
        Assert.All(RoleGapAnalyzer.Analyze(RoundAggregator.Aggregate(withFourClients)), g => Assert.Equal((16, GapSize.Clear, Role.Client, Role.Owner), (g.Points, g.Size, g.Higher, g.Lower)));
    }

    public static TheoryData<string, Role, Role, string> Explanations => new()
    {
        { Savings, Role.Contractor, Role.Owner, "De eigenaren rekenen op snelle besparingen" },
        { Service, Role.Contractor, Role.Client, "De opdrachtgevers verwachten dat hun dienstverlening blijft" },
        { Appearance, Role.Contractor, Role.Owner, "De directie ziet de begroting en planning als onhaalbaar, terwijl de eigenaren" },
        { Appearance, Role.Owner, Role.Contractor, "De eigenaren twijfelen aan de voortgang" },
        { Savings, Role.Owner, Role.Client, "De eigenaren zien bij deze valkuil duidelijk meer risico dan de opdrachtgevers" },
    };

    [Theory]
    [MemberData(nameof(Explanations))]
    public void GapExplanation_KnownPattern_NamesIt(string pitfall, Role higher, Role lower, string expected)
    {
        var text = RoundTexts.GapExplanation(new RoleGap(pitfall, higher, lower, 80, 40, GapSize.Large), Language.Nl);

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }
}
