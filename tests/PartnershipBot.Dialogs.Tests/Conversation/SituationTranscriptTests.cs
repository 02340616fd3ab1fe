using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>Free text outside a check: a described situation is read with the analyzer; anything else gets help.</summary>
public class SituationTranscriptTests
{
    private static Chat NewChat(string locale) => new(locale, PitfallTextAnalyzer.Default.AsFreeTextAnalyzer());

    [Fact]
    public void Situation_DescribesSavingsFromTheStart_NamesThePitfallItsPhraseAndTheLesson()
    {
        var chat = NewChat("nl-NL");

        chat.Say("De gemeenten hebben meteen bij de start een taakstelling van tien procent ingeboekt.");

        var situation = Assert.IsType<SituationOutput>(Assert.Single(chat.Last));
        var finding = Assert.Single(situation.Findings);
        Assert.Equal("owner-savings-target", finding.PitfallId);
        Assert.Equal("patient-owners-buffer", finding.LessonId);
        Assert.NotEmpty(finding.Phrases);
        Assert.All(finding.Phrases, phrase => Assert.Contains(phrase, "De gemeenten hebben meteen bij de start een taakstelling van tien procent ingeboekt.", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(CardActions.QuickCheck, Assert.Single(situation.Actions).Action);
        Assert.Null(chat.State.Check);
    }

    [Fact]
    public void Situation_InEnglish_AnswersInTheUsersLanguage()
    {
        var chat = NewChat("en-GB");

        chat.Say("Every municipality still wants the service exactly the way it always had it, with all its local quirks.");

        var situation = Assert.IsType<SituationOutput>(Assert.Single(chat.Last));
        Assert.Equal(Language.En, situation.Language);
        Assert.Equal("client-unchanged-service", situation.Findings[0].PitfallId);
    }

    [Theory]
    [InlineData("Hoe laat is het eigenlijk?")]
    [InlineData("We hebben bewust geen besparing ingeboekt voor de eerste drie jaar.")]
    public void Situation_SmallTalkOrHealthyPractice_GetsHelpNotAPitfall(string text)
    {
        var chat = NewChat("nl-NL");

        chat.Say(text);

        Assert.DoesNotContain(chat.Last, o => o is SituationOutput s && s.Findings.Any(f => f.PitfallId == "owner-savings-target"));
        Assert.IsType<UnrecognisedOutput>(Assert.Single(chat.Last));
    }

    [Fact]
    public void Situation_DuringACheck_IsTreatedAsAnAnswerAttemptNotAnalysed()
    {
        var chat = NewChat("nl-NL");
        chat.Say("snelle check");

        chat.Say("De eigenaren hebben meteen een taakstelling ingeboekt.");

        Assert.DoesNotContain(chat.Last, o => o is SituationOutput);
        Assert.NotNull(chat.Question.Hint);
    }

    [Fact]
    public void Situation_WhileACheckIsPaused_IsReadAndThenTheResumeIsOffered()
    {
        var chat = NewChat("nl-NL");
        chat.Say("snelle check");
        chat.Say("stop");

        chat.Say("Iedere gemeente wil dat het loket precies blijft werken zoals vroeger, met al het maatwerk van toen.");

        Assert.Equal("client-unchanged-service", Assert.IsType<SituationOutput>(chat.Last[0]).Findings[0].PitfallId);
        Assert.IsType<ResumeOfferOutput>(chat.Last[1]);
        Assert.True(chat.State.Check!.Paused);
    }
}
