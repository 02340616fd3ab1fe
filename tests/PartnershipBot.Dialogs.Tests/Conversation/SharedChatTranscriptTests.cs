using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>In a channel or group chat nothing personal is asked or shown; the check is offered in the 1:1 chat.</summary>
public class SharedChatTranscriptTests
{
    [Fact]
    public void Welcome_InAGroupChat_OffersThePersonalChatAndARoundNotTheCheck()
    {
        var chat = new Chat("nl-NL") { Shared = true };

        var welcome = Assert.IsType<WelcomeOutput>(Assert.Single(chat.Send(new ConversationUpdateInput(BotAdded: true))));

        Assert.Contains("Hier lezen anderen mee", welcome.Text, StringComparison.Ordinal);
        Assert.Equal([CardActions.OpenPersonal, "roundStart", CardActions.Help], welcome.Actions.Select(a => a.Action));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("snelle check")]
    [InlineData("volledige check")]
    [InlineData("verder")]
    public void CheckCommand_InAGroupChat_PointsToThePersonalChatAndAsksNothing(string command)
    {
        var chat = new Chat("nl-NL") { Shared = true };

        var output = Assert.IsType<PersonalChatOutput>(Assert.Single(chat.Say(command)));

        Assert.Equal(CardActions.OpenPersonal, Assert.Single(output.Actions).Action);
        Assert.Null(chat.State.Check);
    }

    [Fact]
    public void QuickCheckButton_ClickedInAGroupChat_StartsNoCheckThere()
    {
        var chat = new Chat("nl-NL") { Shared = true };

        chat.Button(CardActions.QuickCheck);

        Assert.IsType<PersonalChatOutput>(Assert.Single(chat.Last));
        Assert.DoesNotContain(chat.Last, o => o is QuestionOutput);
    }

    [Fact]
    public void History_InAGroupChat_SaysWhereToLookAndShowsNoResult()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("3");
        chat.Shared = true;

        chat.Say("geschiedenis");

        Assert.Equal("Uw eerdere uitkomsten ziet alleen u: typ 'geschiedenis' in uw persoonlijke chat met mij.", Assert.IsType<TextOutput>(Assert.Single(chat.Last)).Text);
    }

    [Fact]
    public void Help_InAGroupChat_ListsExactlyTheTableCommandsThatWorkThere()
    {
        var chat = new Chat("nl-NL") { Shared = true };

        var help = Assert.IsType<HelpOutput>(Assert.Single(chat.Say("help")));

        var expected = TestContent.Catalog.Ui.CommandTable.Where(c => c.Help is not null && c.Scopes.Contains(CommandScope.Shared)).Select(c => c.WordsNl[0]);
        Assert.Equal(expected, help.Commands.Select(c => c.Words.Split(" / ")[0]));
        Assert.Contains(help.Commands, c => c.Words == "ronde starten / start round");
        Assert.DoesNotContain(help.Commands, c => c.Words.StartsWith("herinneringen", StringComparison.Ordinal));
        Assert.DoesNotContain(help.Commands, c => c.Words.StartsWith("geschiedenis", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_InThePersonalChat_ListsEveryPersonalCommandOnceWithoutDuplicateWords()
    {
        var chat = new Chat("nl-NL");

        var help = Assert.IsType<HelpOutput>(Assert.Single(chat.Say("help")));

        var expected = TestContent.Catalog.Ui.CommandTable.Where(c => c.Help is not null && c.Scopes.Contains(CommandScope.Personal)).Select(c => c.WordsNl[0]);
        Assert.Equal(expected, help.Commands.Select(c => c.Words.Split(" / ")[0]));
        Assert.Contains(help.Commands, c => c.Words == "herinneringen / reminders");
        Assert.Contains(help.Commands, c => c.Words == "opvolging / follow-up");
        Assert.Contains(help.Commands, c => c.Words == "privacy");
        Assert.Contains(help.Commands, c => c.Words == "help");
        Assert.DoesNotContain(help.Commands, c => c.Words.Contains("ronde starten", StringComparison.Ordinal));
    }
}
