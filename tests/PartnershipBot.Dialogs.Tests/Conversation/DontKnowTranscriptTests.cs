using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>"Weet ik niet" on a statement is a missing answer, not a neutral one.</summary>
public class DontKnowTranscriptTests
{
    // Quick check order: savings ×3, service (expect-same-service, joint-standards), appearance ×3.
    private static Chat QuickCheck(params string[] statements)
    {
        var chat = new Chat();
        chat.Say("snelle check");
        foreach (var answer in new[] { "1", "1", "1", "1" })
        {
            chat.Say(answer);
        }

        foreach (var answer in statements)
        {
            chat.Say(answer);
        }

        return chat;
    }

    [Fact]
    public void Statement_OffersWeetIkNietAsItsLastChoice()
    {
        var chat = QuickCheck();

        var options = chat.Question.Options;
        Assert.Equal(6, options.Count);
        Assert.Equal(("dont-know", "Weet ik niet"), (options[^1].Value, options[^1].Label));
    }

    [Fact]
    public void DontKnow_OnOneOfTheTwoServiceQuestions_GivesNoScoreAndSaysWhy()
    {
        var chat = QuickCheck("5", "nee", "2", "weet ik niet", "2", "4", "2", "4");

        var service = chat.Results.Pitfall("client-unchanged-service");
        Assert.Equal(RiskLevel.Unknown, service.Level);
        Assert.Empty(service.Evidence);
        Assert.Equal(
            "Geen score: u beantwoordde 1 van de 2 vragen hierover, en voor een score zijn minstens 2 antwoorden nodig. 'Weet ik niet' en overgeslagen vragen tellen niet mee.",
            service.NoScoreReason);
        Assert.Contains("Voor 1 valkuil waren er te weinig antwoorden", chat.Results.Report.OverallSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void DontKnow_CountedApartFromTheAnsweredQuestions()
    {
        // The header said "8 vragen beantwoord" while the same card said a pitfall had too few answers.
        var report = QuickCheck("5", "nee", "2", "weet ik niet", "2", "4", "2", "weet ik niet").Results.Report;

        Assert.Equal((6, 2, 0), (report.AnsweredCount, report.DontKnowCount, report.SkippedCount));
    }

    [Fact]
    public void DontKnow_IsNotNeutral_TheScoreUsesOnlyTheAnsweredItems()
    {
        // Savings: "helemaal eens" that it was booked at once, then two unknowns against one neutral pair.
        var neutral = QuickCheck("5", "deels", "3", "3", "3", "3", "3", "3").Results.Pitfall("owner-savings-target");
        var unknown = QuickCheck("5", "weet ik niet", "weet ik niet", "3", "3", "3", "3", "3").Results.Pitfall("owner-savings-target");

        Assert.Equal(RiskLevel.Unknown, unknown.Level);
        Assert.NotEqual(RiskLevel.Unknown, neutral.Level);
        var oneMissing = QuickCheck("5", "weet ik niet", "3", "3", "3", "3", "3", "3").Results.Pitfall("owner-savings-target");
        // Without the missing answer the remaining "helemaal eens" weighs more than when a neutral answer dilutes it.
        Assert.True(oneMissing.Risk > neutral.Risk, $"{oneMissing.Risk} should exceed {neutral.Risk}");
        // A neutral answer moves nothing, so it is no line of evidence either.
        Assert.Equal("savings-booked-at-start", Assert.Single(oneMissing.Evidence).ItemId);
    }

    [Fact]
    public void Typed6_OnTheFivePointScale_IsNoAnswer()
    {
        var chat = QuickCheck("6");

        Assert.Equal("savings-booked-at-start", chat.Question.ItemId);
        Assert.NotNull(chat.Question.Hint);
    }
}
