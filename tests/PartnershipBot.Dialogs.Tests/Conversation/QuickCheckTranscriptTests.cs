using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

public class QuickCheckTranscriptTests
{
    [Fact]
    public void QuickCheck_DutchStartToFinish_AsksFourContextAndEightQuestionsThenReports()
    {
        var chat = new Chat("nl-NL");

        // Install → welcome in Dutch (from the locale).
        var welcome = Assert.IsType<WelcomeOutput>(Assert.Single(chat.Send(new ConversationUpdateInput(BotAdded: true))));
        Assert.Equal(Language.Nl, welcome.Language);

        // "snelle check" → honest intro + first context question.
        chat.Say("Snelle check");
        Assert.Contains("4 korte vragen", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Contains("8 stellingen", ((TextOutput)chat.Last[0]).Text);
        Assert.Equal(("ctx-role", true, 1, 4), (chat.Question.ItemId, chat.Question.IsContext, chat.Question.Index, chat.Question.Total));
        Assert.Equal("Contextvraag 1 van 4", chat.Question.ProgressText);

        chat.Say("opdrachtgever");
        Assert.Equal("Opdrachtgever (afnemer van de diensten)", Assert.IsType<AnswerRecordedOutput>(chat.Last[0]).AnswerLabel);
        chat.Say("eerste jaar");
        chat.Say("bestaande");
        chat.Say("Kosten");

        // The eight statements are numbered on their own: "Vraag 1 van 8".
        Assert.Equal(("savings-booked-at-start", false, "Vraag 1 van 8"), (chat.Question.ItemId, chat.Question.IsContext, chat.Question.ProgressText));
        string[] answers = ["5", "nee", "eens", "helemaal eens", "oneens", "3", "Eens", "óneens"];
        foreach (var answer in answers)
        {
            chat.Say(answer);
            Assert.IsType<AnswerRecordedOutput>(chat.Last[0]);
        }

        var report = chat.Results;
        Assert.Equal((Role.Client, CheckKind.Quick, Language.Nl), (report.Report.Role, report.Report.Kind, report.Report.Language));
        // Hand computation: see ScoringTheoryTests.QuickCheck_HandComputedAnswers_GiveExpectedRisks (first row).
        Assert.Equal(100, report.Risk("owner-savings-target"));
        Assert.Equal(96, report.Risk("client-unchanged-service"));
        Assert.Equal(67, report.Risk("contractor-appearance-of-success"));
        Assert.All(report.Report.Pitfalls, p => Assert.Equal(RiskLevel.High, p.Level));
        Assert.Equal(3, report.Report.Advice.Count);
        Assert.Null(report.Report.Healthy);
        Assert.Null(report.Report.ChangeSinceLast);
        Assert.True(report.Report.CanStartFullCheck);
        Assert.Null(chat.State.Check);
        Assert.Single(chat.Profile.History);
    }

    [Fact]
    public void QuickCheck_EnglishStartToFinish_HealthyResultWithRecognition()
    {
        var chat = new Chat("en-GB");

        chat.Say("quick check");
        Assert.Equal("Context question 1 of 4", chat.Question.ProgressText);
        chat.Say("Owner");
        chat.Say("four years or more");
        chat.Say("new");
        chat.Say("quality");
        Assert.Equal("Question 1 of 8", chat.Question.ProgressText);
        Assert.Equal(Language.En, chat.Question.Language);

        // Typos and case are tolerated: "stronly disagree", "YES", "agre".
        string[] answers = ["stronly disagree", "YES", "agre", "disagree", "strongly agree", "agree", "disagree", "agree"];
        foreach (var answer in answers)
        {
            chat.Say(answer);
            Assert.IsType<AnswerRecordedOutput>(chat.Last[0]);
        }

        var report = chat.Results;
        // Hand computation: see ScoringTheoryTests (second row).
        Assert.Equal(5, report.Risk("owner-savings-target"));
        Assert.Equal(11, report.Risk("client-unchanged-service"));
        Assert.Equal(21, report.Risk("contractor-appearance-of-success"));
        Assert.Empty(report.Report.Advice);
        Assert.NotNull(report.Report.Healthy);
        Assert.Equal(3, report.Report.Healthy!.KeepWatching.Count);
        Assert.Equal("None of the three pitfalls shows an elevated risk.", report.Report.OverallSummary);
    }

    [Fact]
    public void QuickCheck_CardAnswers_RecordEachAnswerForTheReadOnlyCard()
    {
        var chat = new Chat("nl-NL");
        chat.Button(CardActions.QuickCheck);

        var first = chat.Question;
        chat.Click(first, CardActions.Answer, "contractor");

        var recorded = Assert.IsType<AnswerRecordedOutput>(chat.Last[0]);
        Assert.Equal(first.ItemId, recorded.Question.ItemId);
        Assert.Equal("Opdrachtnemer (directie van het samenwerkingsverband)", recorded.AnswerLabel);
        Assert.Equal("ctx-age", chat.Question.ItemId);
        Assert.True(chat.Question.CanGoBack);
    }

    [Fact]
    public void SecondCheck_AfterAFirst_ShowsChangeSinceLast()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("5");
        var first = chat.Results.Report;

        chat.Time.Advance(TimeSpan.FromDays(30));
        chat.Say("snelle check");
        chat.AnswerAll("1");
        var second = chat.Results.Report;

        Assert.NotNull(second.ChangeSinceLast);
        Assert.Equal(first.CompletedAt, second.ChangeSinceLast!.PreviousCompletedAt);
        Assert.All(second.ChangeSinceLast.Pitfalls, c => Assert.Equal(c.CurrentRisk - c.PreviousRisk, c.Delta));
        Assert.Equal(2, chat.Profile.History.Count);
        Assert.Equal(second.CheckId, chat.Profile.History[0].CheckId);
    }
}
