using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>Small talk gets a short human answer; text the bot cannot place gets "Dat begreep ik niet" and a few commands.</summary>
public class SmallTalkTranscriptTests
{
    [Theory]
    [InlineData("dank je", "Graag gedaan!")]
    [InlineData("Dank je wel!", "Graag gedaan!")]
    [InlineData("bedankt", "Graag gedaan!")]
    [InlineData("🙏", "Graag gedaan!")]
    [InlineData("👍", "Fijn. Typ gerust 'help' als u wilt zien wat ik kan.")]
    [InlineData("👍️", "Fijn. Typ gerust 'help' als u wilt zien wat ik kan.")]
    [InlineData("tot ziens", "Tot ziens! U kunt altijd terugkomen.")]
    public void SmallTalk_OutsideACheck_GetsAShortAnswer(string text, string expected)
    {
        var chat = new Chat("nl-NL");

        chat.Say(text);

        Assert.Equal(expected, Assert.IsType<TextOutput>(Assert.Single(chat.Last)).Text);
    }

    [Fact]
    public void SmallTalk_DuringACheck_AnswersAndKeepsTheQuestionWithoutAnInvalidAttempt()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        var before = chat.Question;

        chat.Say("dank je");

        Assert.Equal("Graag gedaan!", Assert.IsType<TextOutput>(Assert.Single(chat.Last)).Text);
        chat.Say("1");
        Assert.NotEqual(before.ItemId, chat.Question.ItemId);
    }

    [Theory]
    [InlineData("qwxzv")]
    [InlineData("🦄🦄")]
    [InlineData("wat is het weer morgen")]
    public void Gibberish_GetsAShortNotUnderstoodWithTwoOrThreeCommands(string text)
    {
        var chat = new Chat("nl-NL");

        chat.Say(text);

        var fallback = Assert.IsType<NotUnderstoodOutput>(Assert.IsType<UnrecognisedOutput>(Assert.Single(chat.Last)).Fallback);
        Assert.StartsWith("Dat begreep ik niet.", fallback.Text, StringComparison.Ordinal);
        Assert.InRange(fallback.Suggestions.Count, 2, 3);
    }

    [Fact]
    public void NearMiss_SuggestsTheCommandItResemblesFirst()
    {
        var chat = new Chat("nl-NL");

        chat.Say("herinneringen tonen");

        var fallback = Assert.IsType<NotUnderstoodOutput>(Assert.IsType<UnrecognisedOutput>(Assert.Single(chat.Last)).Fallback);
        Assert.Equal("herinneringen", fallback.Suggestions[0].Words);
    }
}
