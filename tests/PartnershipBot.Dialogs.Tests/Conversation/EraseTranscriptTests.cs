using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>"Verwijder mijn gegevens": only the open question's confirm erases, once; every answer closes the card.</summary>
public class EraseTranscriptTests
{
    [Fact]
    public void Confirm_OfTheOpenQuestion_ErasesAndClosesTheCard()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        var confirm = Ask(chat);

        var result = Press(chat, confirm, CardActions.DeleteDataConfirmed);

        Assert.True(result.EraseUserData);
        var closed = Assert.IsType<ClosedCardOutput>(Assert.Single(result.Outputs));
        Assert.Equal("Uw gegevens wissen?", closed.Title);
        Assert.Equal("Klaar: ik heb alles gewist wat ik over u bewaarde.", closed.Note);
        Assert.Null(chat.State.Check);
    }

    [Fact]
    public void Confirm_ClickedAgainAfterErasing_ErasesNothingMore()
    {
        var chat = new Chat("nl-NL");
        var confirm = Ask(chat);
        Press(chat, confirm, CardActions.DeleteDataConfirmed);
        chat.Say("snelle check");
        chat.Say("1");

        var again = Press(chat, confirm, CardActions.DeleteDataConfirmed);

        Assert.False(again.EraseUserData);
        Assert.StartsWith("Deze vraag is al afgehandeld; ik heb nu niets gewist.", Assert.IsType<ClosedCardOutput>(Assert.Single(again.Outputs)).Note);
        Assert.Single(chat.State.Check!.Answers);
    }

    [Fact]
    public void Cancel_ClosesTheCardSoItsConfirmNoLongerErases()
    {
        var chat = new Chat("en-GB");
        var confirm = Ask(chat);

        var cancelled = Press(chat, confirm, CardActions.DeleteDataCancelled);
        var late = Press(chat, confirm, CardActions.DeleteDataConfirmed);

        Assert.Equal("Fine, I have erased nothing.", Assert.IsType<ClosedCardOutput>(Assert.Single(cancelled.Outputs)).Note);
        Assert.False(late.EraseUserData);
        Assert.IsType<ClosedCardOutput>(Assert.Single(late.Outputs));
    }

    [Fact]
    public void Confirm_OfAnOlderCard_DoesNotEraseWhileANewerQuestionIsOpen()
    {
        var chat = new Chat("nl-NL");
        var older = Ask(chat);
        chat.Time.Advance(TimeSpan.FromMinutes(1));
        var newer = Ask(chat);

        Assert.False(Press(chat, older, CardActions.DeleteDataConfirmed).EraseUserData);
        Assert.True(Press(chat, newer, CardActions.DeleteDataConfirmed).EraseUserData);
    }

    [Theory]
    [InlineData("nl", "Die vraag hoort bij een check die al is afgerond of afgebroken.")]
    [InlineData("en", "That question belongs to a check that has already finished or was abandoned.")]
    public void OldQuestionCard_PressedAfterErasing_AnswersInTheCardsLanguageNotTheClientLocale(string cardLanguage, string expected)
    {
        // An English Teams client, a user who chose Dutch by typing: the preference goes with the erasure.
        var chat = new Chat("en-US");
        chat.Say(cardLanguage == "nl" ? "snelle check" : "quick check");
        var question = chat.Question;
        Press(chat, Ask(chat), CardActions.DeleteDataConfirmed);
        Assert.Null(chat.Profile.PreferredLanguage);

        var data = new Dictionary<string, string>
        {
            [CardFields.Action] = CardActions.Answer,
            [CardFields.CheckId] = question.CheckId,
            [CardFields.ItemId] = question.ItemId,
            [CardFields.BankVersion] = question.BankVersion,
            [CardFields.Answer] = "owner",
            [CardFields.CardLanguage] = cardLanguage,
        };
        var closed = Assert.IsType<ClosedCardOutput>(Assert.Single(chat.Send(new CardInput(data))));

        Assert.Equal(expected, closed.Note);
        Assert.Null(chat.Profile.PreferredLanguage);
    }

    [Fact]
    public void CardLanguage_WhenTheUserHasAPreference_DoesNotOverrideIt()
    {
        var chat = new Chat("nl-NL");
        chat.Say("quick check");
        var question = chat.Question;
        Assert.Equal(Language.En, chat.Profile.PreferredLanguage);

        var data = new Dictionary<string, string>
        {
            [CardFields.Action] = CardActions.Answer,
            [CardFields.CheckId] = question.CheckId,
            [CardFields.ItemId] = question.ItemId,
            [CardFields.BankVersion] = question.BankVersion,
            [CardFields.Answer] = "owner",
            [CardFields.CardLanguage] = "nl",
        };
        chat.Send(new CardInput(data));

        Assert.Equal(Language.En, chat.Question.Language);
    }

    private static ConfirmOutput Ask(Chat chat) =>
        Assert.IsType<ConfirmOutput>(Assert.Single(chat.Say(chat.Locale == "en-GB" || chat.Profile.PreferredLanguage == Language.En ? "delete my data" : "verwijder mijn gegevens")));

    private static TurnResult Press(Chat chat, ConfirmOutput card, string action)
    {
        var button = card.Actions.Single(a => a.Action == action);
        var data = new Dictionary<string, string> { [CardFields.Action] = button.Action };
        if (button.Erasure is { } erasure)
        {
            data[CardFields.Erasure] = erasure;
        }

        return chat.Handle(new CardInput(data));
    }
}
