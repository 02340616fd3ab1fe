using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

public class StaleAndEdgeTranscriptTests
{
    [Fact]
    public void StaleCard_EarlierQuestionClicked_ExplainsAndReshowsCurrentWithoutChangingAnswers()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        var roleCard = chat.Question;
        chat.Click(roleCard, CardActions.Answer, "owner");
        var answersBefore = chat.State.Check!.Answers;

        chat.Click(roleCard, CardActions.Answer, "client");

        // The clicked card goes read-only (its question, and that it no longer counts); then where we are.
        var closed = Assert.IsType<ClosedCardOutput>(chat.Last[0]);
        Assert.Equal(roleCard.Text, closed.Title);
        Assert.StartsWith("Deze vraag is niet meer aan de beurt", closed.Note);
        Assert.StartsWith("Die vraag hoort bij een eerder moment", Assert.IsType<TextOutput>(chat.Last[1]).Text);
        Assert.Equal("ctx-age", chat.Question.ItemId);
        Assert.Equal(answersBefore, chat.State.Check!.Answers);
    }

    [Fact]
    public void StaleCard_FromAFinishedCheck_SaysTheCheckIsOverAndOffersToStart()
    {
        var chat = new Chat("en-US");
        chat.Say("quick check");
        var oldCard = chat.Question;
        chat.AnswerAll("3");

        var stateBefore = chat.State;
        var historyBefore = chat.Profile.History;

        chat.Click(oldCard, CardActions.Answer, "owner");

        // Only the old card changes: read-only, saying the check is over. Nothing starts, nothing is reset.
        var closed = Assert.IsType<ClosedCardOutput>(Assert.Single(chat.Last));
        Assert.Equal(oldCard.Text, closed.Title);
        Assert.Equal("This check is already finished. Nothing was changed; you will find your result under 'history'.", closed.Note);
        Assert.Equal(stateBefore, chat.State);
        Assert.Equal(historyBefore, chat.Profile.History);
    }

    [Fact]
    public void StaleCard_FromACheckThatIsNotInHistory_SaysItEndedWithoutClaimingAResult()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        var oldCard = chat.Question;
        chat.AnswerAll("3");
        chat.Profile = chat.Profile with { History = [] };

        chat.Click(oldCard, CardActions.Answer, "owner");

        var closed = Assert.IsType<ClosedCardOutput>(Assert.Single(chat.Last));
        Assert.Equal("Die vraag hoort bij een check die al is afgerond of afgebroken.", closed.Note);
    }

    [Fact]
    public void StaleCard_FromAPreviousCheckAfterRestart_IsRecognisedByCheckId()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        var oldCard = chat.Question;
        chat.Say("opnieuw");

        chat.Click(oldCard, CardActions.Answer, "owner");

        Assert.IsType<ClosedCardOutput>(chat.Last[0]);
        Assert.Empty(chat.State.Check!.Answers);
    }

    [Fact]
    public void FullCheck_AskedDuringAQuickCheck_SaysHowToGetToTheFullCheckAndKeepsTheQuickOne()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.Say("1");

        chat.Say("volledige check");

        Assert.Equal("U bent nog bezig met de snelle check. Maak die eerst af, of typ 'stop' en daarna 'volledige check': dan sluit ik de snelle check af en beginnen we aan de volledige check.", Assert.IsType<TextOutput>(chat.Last[0]).Text);
        Assert.Equal(CheckKind.Quick, chat.State.Check!.Kind);
        Assert.Equal("ctx-age", chat.Question.ItemId);

        chat.Say("stop");
        chat.Say("volledige check");

        Assert.Equal(CheckKind.Full, chat.State.Check!.Kind);
    }

    [Fact]
    public void QuickCheck_AskedDuringAQuickCheck_StillOffersRestartOrPause()
    {
        var chat = new Chat("en-GB");
        chat.Say("quick check");

        chat.Say("quick check");

        Assert.Equal("You are already doing the quick check. Type 'restart' to begin again or 'pause' to pause.", Assert.IsType<TextOutput>(chat.Last[0]).Text);
    }

    [Fact]
    public void UnknownBankVersion_InStoredState_EndsTheCheckGracefully()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        var json = JsonSerializer.Serialize(chat.State).Replace("\"BankVersion\":\"1\"", "\"BankVersion\":\"0-retired\"", StringComparison.Ordinal);
        var state = JsonSerializer.Deserialize<DialogState>(json)!;

        var result = new ConversationEngine(TestContent.Catalog).Handle(new TurnRequest(state, chat.Profile, new TextInput("eigenaar"), "nl-NL", chat.Time.GetUtcNow()));

        Assert.Null(result.State.Check);
        Assert.StartsWith("Deze check gebruikte een oudere vragenlijst", Assert.IsType<TextOutput>(result.Outputs[0]).Text);
        Assert.IsType<WelcomeOutput>(result.Outputs[1]);
    }

    [Fact]
    public void FreeText_OutsideACheck_IsHandedToTheHostWithAShortFallback()
    {
        var chat = new Chat("nl-NL");

        chat.Say("Onze gemeenten willen allemaal hun eigen werkwijze houden");

        var unrecognised = Assert.IsType<UnrecognisedOutput>(Assert.Single(chat.Last));
        Assert.Equal(Language.Nl, unrecognised.Language);
        var fallback = Assert.IsType<NotUnderstoodOutput>(unrecognised.Fallback);
        Assert.Equal("Dat begreep ik niet. Bedoelde u een van deze?", fallback.Text);
        Assert.InRange(fallback.Suggestions.Count, 2, 3);
    }

    [Theory]
    [InlineData("nl-NL", "asdkj qwpoe zxmn", "toont alles wat u tegen mij kunt zeggen")]
    [InlineData("en-GB", "asdkj qwpoe zxmn", "shows everything you can say to me")]
    public void NotUnderstood_SuggestsHelp_DescribesWhatHelpShowsRatherThanThisShortList(string locale, string typed, string expected)
    {
        var chat = new Chat(locale);

        chat.Say(typed);

        var fallback = Assert.IsType<NotUnderstoodOutput>(Assert.IsType<UnrecognisedOutput>(Assert.Single(chat.Last)).Fallback);
        Assert.Equal(expected, Assert.Single(fallback.Suggestions, s => s.Words == "help").Description);
    }

    [Theory]
    [InlineData("back")]
    [InlineData("overslaan")]
    [InlineData("stop")]
    public void CheckCommand_WithoutACheck_SaysNoCheckIsRunningAndHowToStartOne(string command)
    {
        var chat = new Chat("nl-NL");

        chat.Say(command);

        Assert.Equal("Er loopt nu geen check. Typ 'snelle check' om er een te beginnen.", Assert.IsType<TextOutput>(Assert.Single(chat.Last)).Text);
    }

    public static TheoryData<string?, Language> Locales => new()
    {
        { "nl-NL", Language.Nl },
        { "nl-BE", Language.Nl },
        { "en-US", Language.En },
        { "de-DE", Language.En },
        { null, Language.Nl },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public void Welcome_WithoutPreference_FollowsTheLocale(string? locale, Language expected)
    {
        var chat = new Chat(locale);

        chat.Say("hallo");

        Assert.Equal(expected, Assert.IsType<WelcomeOutput>(Assert.Single(chat.Last)).Language);
    }

    [Fact]
    public void History_AfterTwoChecks_ListsNewestFirst()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("5");
        chat.Time.Advance(TimeSpan.FromDays(7));
        chat.Say("snelle check");
        chat.AnswerAll("1");

        chat.Say("geschiedenis");

        var history = Assert.IsType<HistoryOutput>(Assert.Single(chat.Last));
        Assert.Equal(2, history.Entries.Count);
        Assert.True(history.Entries[0].CompletedAt > history.Entries[1].CompletedAt);
        Assert.Null(history.EmptyText);
    }

    [Fact]
    public void CardAnswer_WithAValueNotOnTheScale_IsAskedAgainWithAHint()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");

        chat.Click(chat.Question, CardActions.Answer, "burgemeester-x");

        var question = Assert.IsType<QuestionOutput>(Assert.Single(chat.Last)).Question;
        Assert.Equal("ctx-role", question.ItemId);
        Assert.StartsWith("Dat antwoord herken ik niet", question.Hint, StringComparison.Ordinal);
        Assert.Equal(1, chat.State.Check!.InvalidTries);
    }
}
