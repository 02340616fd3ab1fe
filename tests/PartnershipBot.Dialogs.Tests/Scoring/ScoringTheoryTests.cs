using PartnershipBot.Dialogs.Results;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Scoring;

/// <summary>
/// Quick-check scores computed by hand with the formula in RiskScorer / docs/domain.md.
/// Quick items in order: 1 savings-booked-at-start (OS +1.0), 2 startup-budget (buffer lesson 1.0, yes/partly/no),
/// 3 owners-give-time (buffer 0.8), 4 expect-same-service (CU +1.0), 5 joint-standards (collective 1.0),
/// 6 budget-realistic (realistic 0.8), 7 overruns-from-reserves (CA +1.0), 8 problems-discussed-openly (realistic 0.8).
/// Agreement a: 1→−1, 2→−0.5, 3→0, 4→0.5, 5→1; yes 1, partly 0, no −1, don't know: no signal.
/// Reading r = (1+a)/2 for a pitfall weight, (1−a)/2 for a lesson weight; c = 100·w·(r−0.5)/W; risk = k·(50+Σc) + C.
/// </summary>
public class ScoringTheoryTests
{
    public static TheoryData<string[], string[], int, int, int> Cases => new()
    {
        // Client, first year (OS 1.2, CU 1.1, CA 1.0), existing tasks (1), motive cost (OS ×1.1): k = 1.32 / 1.1 / 1.0.
        // OS: W = 1+1+0.8 = 2.8; c = +17.857 (a=1), +17.857 (no), −7.143 (a=.5 on lesson .8) → 50+28.571 = 78.571;
        //     ×1.32 = 103.714; contradiction "owners give time yet cut at start" (a=.5 and a=1) +10 → clamp 100.
        // CU: W = 2; c = +25 (a=1), +12.5 (a=−.5 on lesson) → 87.5 × 1.1 = 96.25 → 96.
        // CA: W = 0.8+1+0.8 = 2.6; c = 0 (a=0), +9.615 (a=.5), +7.692 (a=−.5 on lesson .8) → 67.308 → 67.
        { ["opdrachtgever", "eerste jaar", "bestaande", "kosten"], ["5", "nee", "4", "5", "2", "3", "4", "2"], 100, 96, 67 },

        // Owner, 4+ years (OS .9, CU .9, CA 1), new tasks (.85 all), motive quality (CU ×1.1): k = .765 / .8415 / .85.
        // OS: W = 2.8; c = −17.857, −17.857, −7.143 → 7.143 × .765 = 5.464 → 5.
        // CU: W = 2; c = −12.5 (a=−.5), −25 (a=1 on lesson) → 12.5 × .8415 = 10.519 → 11.
        // CA: W = 2.6; c = −7.692, −9.615, −7.692 → 25 × .85 = 21.25 → 21.
        { ["owner", "4 jaar", "nieuw", "kwaliteit"], ["1", "ja", "4", "2", "5", "4", "2", "4"], 5, 11, 21 },

        // Advisor, phase skipped (no factor), existing, vulnerability: k = 1 for all. All neutral → every r = .5 → 50.
        { ["adviseur", "overslaan", "bestaande", "kwetsbaar"], ["3", "deels", "3", "3", "3", "3", "3", "3"], 50, 50, 50 },

        // Same context (k = 1). "Don't know" gives no signal, so OS: W = 1.8, all neutral → 50.
        // CA: W = 2.6; budget-realistic a=1 on lesson .8 → −15.385; overruns a=1 → +19.231; open a=0 → 0 → 53.846;
        //     contradiction "realistic budget yet yearly deficits" +10 → 63.846 → 64 (elevated, not high).
        { ["adviseur", "overslaan", "bestaande", "kwetsbaar"], ["3", "weet ik niet", "3", "3", "3", "5", "5", "3"], 50, 50, 64 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuickCheck_HandComputedAnswers_GiveExpectedRisks(string[] context, string[] answers, int savings, int service, int appearance)
    {
        var results = Run(context, answers);

        Assert.Equal(savings, results.Risk("owner-savings-target"));
        Assert.Equal(service, results.Risk("client-unchanged-service"));
        Assert.Equal(appearance, results.Risk("contractor-appearance-of-success"));
    }

    [Fact]
    public void Evidence_ContradictionCase_ListsRaisingAndLoweringAnswersWithTheirPoints()
    {
        var results = Run(["adviseur", "overslaan", "bestaande", "kwetsbaar"], ["3", "weet ik niet", "3", "3", "3", "5", "5", "3"]);
        var appearance = results.Pitfall("contractor-appearance-of-success");

        var raised = Assert.Single(appearance.RaisedBy);
        Assert.Equal(("overruns-from-reserves", "Jaarlijks tekorten aanvullen", "Helemaal eens", 19.2), (raised.ItemId, raised.Label, raised.AnswerLabel, raised.Contribution));
        var lowered = Assert.Single(appearance.LoweredBy);
        Assert.Equal(("budget-realistic", -15.4), (lowered.ItemId, lowered.Contribution));
        Assert.Equal(10, appearance.ContradictionPoints);
        Assert.Equal(RiskLevel.Elevated, appearance.Level);
        var contradiction = Assert.Single(results.Report.Contradictions);
        Assert.Equal("realistic-budget-yet-yearly-deficits", contradiction.Id);
    }

    [Fact]
    public void Level_BoundariesFromTheBank_LowElevatedHigh()
    {
        var bank = TestContent.Catalog.Current;

        Assert.Equal(RiskLevel.Low, Dialogs.Scoring.RiskScorer.Level(bank, 34));
        Assert.Equal(RiskLevel.Elevated, Dialogs.Scoring.RiskScorer.Level(bank, 35));
        Assert.Equal(RiskLevel.Elevated, Dialogs.Scoring.RiskScorer.Level(bank, 64));
        Assert.Equal(RiskLevel.High, Dialogs.Scoring.RiskScorer.Level(bank, 65));
    }

    [Fact]
    public void NewTasks_SameAnswers_LowerEveryRisk()
    {
        var existing = Run(["eigenaar", "overslaan", "bestaande", "kwetsbaar"], ["4", "nee", "2", "4", "2", "2", "4", "2"]);
        var fresh = Run(["eigenaar", "overslaan", "nieuw", "kwetsbaar"], ["4", "nee", "2", "4", "2", "2", "4", "2"]);

        Assert.All(existing.Report.Pitfalls, p => Assert.True(fresh.Risk(p.PitfallId) < p.Risk, p.PitfallId));
    }

    private static CheckReportAccessor Run(string[] context, string[] answers)
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        foreach (var text in context.Concat(answers))
        {
            chat.Say(text);
        }

        return chat.Results;
    }
}
