using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

public class NavigationTranscriptTests
{
    private static Chat AtFirstStatement(string locale = "nl-NL")
    {
        var chat = new Chat(locale);
        chat.Say("snelle check");
        foreach (var answer in new[] { "1", "1", "1", "1" })
        {
            chat.Say(answer);
        }

        return chat;
    }

    [Fact]
    public void InvalidAnswer_ThreeTimes_HintsThenOffersSkip()
    {
        var chat = AtFirstStatement();

        chat.Say("misschien wel");
        var first = Assert.IsType<QuestionOutput>(Assert.Single(chat.Last)).Question;
        Assert.Equal("savings-booked-at-start", first.ItemId);
        Assert.Contains("1 (helemaal oneens) tot 5 (helemaal eens)", first.Hint);
        Assert.False(first.SkipSuggested);

        chat.Say("blabla");
        Assert.False(chat.Question.SkipSuggested);

        chat.Say("???");
        Assert.True(chat.Question.SkipSuggested);
        Assert.Contains("overslaan", chat.Question.Hint);

        // A valid answer after that resets the counter and moves on.
        chat.Say("4");
        Assert.Equal("startup-budget", chat.Question.ItemId);
        Assert.Null(chat.Question.Hint);
        Assert.Equal(0, chat.State.Check!.InvalidTries);
    }

    [Fact]
    public void Back_FromSecondStatement_ReturnsWithPreviousAnswerAndCanChangeIt()
    {
        var chat = AtFirstStatement();
        chat.Say("5");

        chat.Say("terug");

        Assert.Equal(("savings-booked-at-start", "5"), (chat.Question.ItemId, chat.Question.CurrentAnswer));
        chat.Say("2");
        Assert.Equal("startup-budget", chat.Question.ItemId);
        Assert.Equal("2", chat.State.Check!.Answers.Single(a => a.ItemId == "savings-booked-at-start").Value);
    }

    [Fact]
    public void Back_AtFirstQuestion_SaysSoAndStays()
    {
        var chat = new Chat("en-US");
        chat.Say("quick check");

        chat.Say("back");

        Assert.Equal("This is the first question; there is nothing before it.", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal("ctx-role", chat.Question.ItemId);
    }

    [Fact]
    public void Skip_Statement_RecordsSkippedAndMovesOn()
    {
        var chat = AtFirstStatement();

        chat.Say("overslaan");

        Assert.Equal("Overgeslagen", Assert.IsType<AnswerRecordedOutput>(chat.Last[0]).AnswerLabel);
        Assert.Equal("startup-budget", chat.Question.ItemId);
        var skipped = chat.State.Check!.Answers.Single(a => a.ItemId == "savings-booked-at-start");
        Assert.Null(skipped.Value);
    }

    [Fact]
    public void Skip_RoleQuestion_IsRefusedBecauseTheCheckNeedsIt()
    {
        var chat = new Chat("nl-NL");
        chat.Say("check");
        Assert.False(chat.Question.CanSkip);

        chat.Say("skip");

        Assert.StartsWith("Deze vraag kan ik niet overslaan", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal("ctx-role", chat.Question.ItemId);
    }

    [Fact]
    public void Skip_AllStatements_ReportsUnknownRisk()
    {
        var chat = AtFirstStatement();

        for (var i = 0; i < 8; i++)
        {
            chat.Say("overslaan");
        }

        Assert.All(chat.Results.Report.Pitfalls, p => Assert.Equal(Results.RiskLevel.Unknown, p.Level));
        Assert.Equal(8, chat.Results.Report.SkippedCount);
        Assert.Null(chat.Results.Report.Healthy);
    }

    [Fact]
    public void StopAndResume_AcrossHostRestart_ContinuesAtTheSameQuestion()
    {
        var chat = AtFirstStatement();
        chat.Say("5");
        chat.Say("stop");
        Assert.StartsWith("De check staat op pauze", Assert.IsType<TextOutput>(Assert.Single(chat.Last)).Text);

        chat.RestartHost();
        chat.Say("goedemorgen, waar waren we?");

        var offer = Assert.IsType<ResumeOfferOutput>(Assert.Single(chat.Last));
        Assert.Equal((CheckKind.Quick, 5, 12), (offer.Kind, offer.Answered, offer.Total));
        Assert.Equal([CardActions.Resume, CardActions.Restart], offer.Actions.Select(a => a.Action));

        chat.Say("verder");
        Assert.Equal("startup-budget", chat.Question.ItemId);
        Assert.False(chat.State.Check!.Paused);
    }

    [Fact]
    public void Restart_DuringCheck_StartsANewCheckFromTheTop()
    {
        var chat = AtFirstStatement();
        var oldId = chat.State.Check!.CheckId;

        chat.Say("opnieuw");

        Assert.Equal("Prima, we beginnen opnieuw.", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal("ctx-role", chat.Question.ItemId);
        Assert.NotEqual(oldId, chat.State.Check!.CheckId);
        Assert.Empty(chat.State.Check.Answers);
    }

    [Fact]
    public void LanguageSwitch_MidCheck_AsksTheSameQuestionInEnglishAndRemembers()
    {
        var chat = AtFirstStatement();
        Assert.StartsWith("Bij de start", chat.Question.Text);

        chat.Say("english");

        Assert.Equal("From now on I will speak English.", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal(("savings-booked-at-start", Language.En), (chat.Question.ItemId, chat.Question.Language));
        Assert.StartsWith("A budget cut", chat.Question.Text);
        Assert.Equal(Language.En, chat.Profile.PreferredLanguage);

        // The preference beats the Dutch locale from now on.
        chat.Say("agree");
        Assert.Equal("Agree", Assert.IsType<AnswerRecordedOutput>(chat.Last[0]).AnswerLabel);
    }

    [Fact]
    public void LanguageSwitch_BackToDutch_SaysSoInStandardDutchAndHelpDescribesTheSwitch()
    {
        // "Nederlands praten" is spoken Dutch; the bot says "spreken", and help describes what the command does.
        var chat = AtFirstStatement();
        chat.Say("english");

        chat.Say("nederlands");
        Assert.Equal("Vanaf nu spreek ik Nederlands.", Assert.IsType<TextOutput>(chat.Last[0]).Text);

        chat.Say("help");
        var help = Assert.Single(chat.Last.OfType<HelpOutput>());
        Assert.Contains(new CommandHelp("nederlands / dutch", "schakelt over naar het Nederlands"), help.Commands);
        Assert.Contains(new CommandHelp("engels / english", "schakelt over naar het Engels"), help.Commands);
    }

    [Fact]
    public void QuickCheckCommand_WhileRunning_SaysSoAndReasksCurrentQuestion()
    {
        var chat = AtFirstStatement();

        chat.Say("volledige check");

        Assert.Contains("snelle check", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal("savings-booked-at-start", chat.Question.ItemId);
    }

    [Fact]
    public void Help_OffersTheChecksButNoHelpButtonThatWouldOnlyRepeatItself()
    {
        var chat = new Chat("nl-NL");

        var help = Assert.IsType<HelpOutput>(Assert.Single(chat.Say("help")));

        Assert.Equal([CardActions.QuickCheck, CardActions.FullCheck], help.Actions.Select(a => a.Action));
    }

    [Fact]
    public void Help_DuringCheck_ShowsCommandsThenTheQuestionAgain()
    {
        var chat = AtFirstStatement();

        chat.Say("hulp");

        var help = Assert.IsType<HelpOutput>(chat.Last[0]);
        Assert.Contains(help.Commands, c => c.Words == "terug / back");
        Assert.Equal("savings-booked-at-start", chat.Question.ItemId);
    }

    [Fact]
    public void SameCheckCommand_WhilePaused_OffersResumeInsteadOfDiscarding()
    {
        var chat = AtFirstStatement();
        chat.Say("stop");

        chat.Say("snelle check");

        Assert.IsType<ResumeOfferOutput>(Assert.Single(chat.Last));
        Assert.Equal(4, chat.State.Check!.Answers.Count);
    }

    [Fact]
    public void OtherCheckCommand_WhilePaused_ReplacesThePausedCheck()
    {
        var chat = AtFirstStatement();
        chat.Say("stop");

        chat.Say("volledige check");

        Assert.Equal("De gepauzeerde check sluit ik af; we beginnen aan een nieuwe.", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal(CheckKind.Full, chat.State.Check!.Kind);
        Assert.Equal("ctx-role", chat.Question.ItemId);
    }

    [Fact]
    public void ResumeButton_AfterPause_ContinuesWhereTheUserLeftOff()
    {
        var chat = AtFirstStatement();
        chat.Click(chat.Question, CardActions.Stop);
        Assert.True(chat.State.Check!.Paused);

        chat.Button(CardActions.Resume);

        Assert.Equal("savings-booked-at-start", chat.Question.ItemId);
        Assert.False(chat.State.Check!.Paused);
    }
}
