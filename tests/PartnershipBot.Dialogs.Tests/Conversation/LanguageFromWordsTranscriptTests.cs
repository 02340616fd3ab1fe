using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>Teams often runs in English while people chat in Dutch: the words they type decide the language.</summary>
public class LanguageFromWordsTranscriptTests
{
    [Fact]
    public void DutchCommand_InAnEnglishClient_AnswersAndContinuesInDutch()
    {
        var chat = new Chat("en-US");

        chat.Say("snelle check");
        var first = chat.Question;
        chat.Click(first, CardActions.Answer, first.Options[0].Value);

        Assert.Equal(Language.Nl, first.Language);
        Assert.Equal(Language.Nl, chat.Question.Language);
        Assert.Equal(Language.Nl, chat.Profile.PreferredLanguage);
    }

    [Fact]
    public void EnglishCommand_InADutchClient_AnswersInEnglish()
    {
        var chat = new Chat("nl-NL");

        chat.Say("quick check");

        Assert.Equal(Language.En, chat.Question.Language);
    }

    [Fact]
    public void WordSharedByBothLanguages_KeepsTheClientsLanguage()
    {
        var chat = new Chat("en-US");

        chat.Say("check");

        Assert.Equal(Language.En, chat.Question.Language);
        Assert.Null(chat.Profile.PreferredLanguage);
    }
}
