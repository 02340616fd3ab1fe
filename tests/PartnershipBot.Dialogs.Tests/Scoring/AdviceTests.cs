using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Scoring;

public class AdviceTests
{
    // Answers that put all three pitfalls at high risk (see ScoringTheoryTests, first case).
    private static readonly string[] Risky = ["eerste jaar", "bestaande", "kosten", "5", "nee", "4", "5", "2", "3", "4", "2"];

    public static TheoryData<string, string> RoleFirstSteps => new()
    {
        { "eigenaar", "Stel met de andere eigenaren een eenmalig opstartbudget vast" },
        { "opdrachtgever", "Maak bij uw eigenaar zichtbaar" },
        { "directie", "Leg de eigenaren een meerjarenplan voor" },
        { "adviseur", "Breng de opbouwkosten van vergelijkbare samenwerkingsverbanden in beeld" },
    };

    [Theory]
    [MemberData(nameof(RoleFirstSteps))]
    public void Advice_SavingsTargetHigh_GivesTheRolesOwnNextSteps(string role, string firstStep)
    {
        var report = Run(role);

        var advice = Assert.Single(report.Advice, a => a.PitfallId == "owner-savings-target");
        Assert.Equal("patient-owners-buffer", advice.LessonId);
        Assert.StartsWith(firstStep, advice.NextSteps[0], StringComparison.Ordinal);
        Assert.InRange(advice.NextSteps.Count, 2, 3);
    }

    [Fact]
    public void Advice_AllPitfallsHigh_PairsEachPitfallWithItsLessonAndSayings()
    {
        var report = Run("opdrachtgever");

        Assert.Equal(
            [("owner-savings-target", "patient-owners-buffer"), ("client-unchanged-service", "collective-commissioning"), ("contractor-appearance-of-success", "realistic-expectations")],
            report.Advice.Select(a => (a.PitfallId, a.LessonId)));
        Assert.Equal("De kost gaat voor de baat uit.", report.Advice[0].Saying);
        Assert.StartsWith("Een samenwerking verdient zich pas terug", report.Advice[1].Saying, StringComparison.Ordinal);
        Assert.Null(report.Advice[2].Saying);
        Assert.Contains("3 van de 3 valkuilen vragen aandacht", report.OverallSummary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eigenaar", "Stel met de andere eigenaren een eenmalig opstartbudget vast")]
    [InlineData("directie", "Vraag expliciet om een incidenteel budget voor tegenvallers")]
    public void Advice_AfterSayingThereIsAStartUpBudget_DoesNotAdviseArrangingOne(string role, string budgetStep)
    {
        // The same risky answers, except "Ja" to "Is er een eenmalig budget voor de opstartjaren en voor tegenvallers?"
        var withBudget = Run(role, Risky.Select(a => a == "nee" ? "ja" : a).ToArray());
        var without = Run(role);

        var advice = Assert.Single(withBudget.Advice, a => a.PitfallId == "owner-savings-target");
        Assert.DoesNotContain(advice.NextSteps, step => step.StartsWith(budgetStep, StringComparison.Ordinal));
        Assert.NotEmpty(advice.NextSteps);
        Assert.Contains(without.Advice.Single(a => a.PitfallId == "owner-savings-target").NextSteps, step => step.StartsWith(budgetStep, StringComparison.Ordinal));
    }

    private static Results.CheckReport Run(string role, string[]? answers = null)
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.Say(role);
        foreach (var text in answers ?? Risky)
        {
            chat.Say(text);
        }

        Assert.Equal(Language.Nl, chat.Results.Report.Language);
        return chat.Results.Report;
    }
}
