using System.Text.Json.Nodes;
using PartnershipBot.Cards.Samples;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests;

public sealed class QuestionCardTests
{
    public static TheoryData<string> QuestionNames =>
        ["question-nl", "question-en", "question-context-nl", "question-freetext-en", "question-longest-nl"];

    [Theory]
    [MemberData(nameof(QuestionNames))]
    public void Render_Question_EveryActionIsExecuteWithSubmitFallbackCarryingTheSameData(string name)
    {
        var actions = ((JsonArray)SampleCards.Card(name)["actions"]!).Select(a => a!.AsObject()).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            Assert.Equal("Action.Execute", (string?)action["type"]);
            var data = action["data"]!.AsObject();
            Assert.Equal((string?)data[CardFields.Action], (string?)action["verb"]);
            Assert.False(string.IsNullOrEmpty((string?)data[CardFields.CheckId]));
            Assert.False(string.IsNullOrEmpty((string?)data[CardFields.ItemId]));
            Assert.False(string.IsNullOrEmpty((string?)data[CardFields.BankVersion]));
            var fallback = action["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)action["title"], (string?)fallback["title"]);
            Assert.True(JsonNode.DeepEquals(data, fallback["data"]));
            Assert.Equal((string?)action["associatedInputs"], (string?)fallback["associatedInputs"]);
        });
    }

    [Fact]
    public void Render_ScaleQuestion_OffersLabelledPointsInAnExpandedRequiredChoiceSet()
    {
        var view = QuestionSamples.Scale(Language.Nl);

        var input = CardTree.Walk(CardRenderer.Render(new QuestionOutput(view))!).Single(n => n.Type == "Input.ChoiceSet");

        Assert.Equal(CardFields.Answer, input.Get("id"));
        Assert.Equal("expanded", input.Get("style"));
        Assert.True(input.Node["isRequired"]!.GetValue<bool>());
        var choices = input.Node["choices"]!.AsArray();
        Assert.Equal(["1", "2", "3", "4", "5"], choices.Select(c => (string)c!["value"]!));
        Assert.Equal(["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"], choices.Select(c => (string)c!["title"]!));
    }

    [Fact]
    public void Render_Question_ShowsProgressTextAndBackSkipStopThatSendNoInputs()
    {
        var card = SampleCards.Card("question-nl");

        Assert.Contains("Vraag 3 van 8", CardTree.Texts(card));
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal([CardActions.Answer, CardActions.Back, CardActions.Skip, CardActions.Stop], actions.Select(a => (string)a["verb"]!));
        Assert.Null(actions[0]["associatedInputs"]);
        Assert.All(actions.Skip(1), a => Assert.Equal("None", (string?)a["associatedInputs"]));
    }

    [Fact]
    public void Render_FirstContextQuestion_OffersNeitherBackNorSkip()
    {
        var verbs = SampleCards.Card("question-context-nl")["actions"]!.AsArray().Select(a => (string)a!["verb"]!);

        Assert.Equal([CardActions.Answer, CardActions.Stop], verbs);
    }

    [Theory]
    [InlineData("question-context-nl", "Kies eerst een antwoord.")]
    [InlineData("question-context-en", "Choose an answer first.")]
    [InlineData("question-nl", "Kies eerst een antwoord, of sla de vraag over.")]
    [InlineData("question-freetext-nl", "Typ eerst een antwoord, of sla de vraag over.")]
    [InlineData("question-freetext-en", "Type an answer first, or skip the question.")]
    public void Render_AnswerSentEmpty_ErrorOffersSkipOnlyWithASkipButtonAndSaysTypeForText(string name, string expected)
    {
        var card = SampleCards.Card(name);
        var input = CardTree.Walk(card).Single(n => n.Type.StartsWith("Input.", StringComparison.Ordinal));
        var canSkip = card["actions"]!.AsArray().Any(a => (string?)a!["verb"] == CardActions.Skip);

        Assert.Equal(expected, input.Get("errorMessage"));
        Assert.Equal(canSkip, expected.Contains("sla de vraag over", StringComparison.Ordinal) || expected.Contains("skip", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_QuestionAnsweredBefore_PreselectsThatAnswer()
    {
        var input = CardTree.Walk(SampleCards.Card("question-longest-en")).Single(n => n.Type == "Input.ChoiceSet");

        Assert.Equal("mostly", input.Get("value"));
    }

    [Fact]
    public void Render_FreeTextQuestion_UsesALabelledMultilineTextInput()
    {
        var input = CardTree.Walk(SampleCards.Card("question-freetext-nl")).Single(n => n.Type.StartsWith("Input.", StringComparison.Ordinal));

        Assert.Equal("Input.Text", input.Type);
        Assert.Equal(CardFields.Answer, input.Get("id"));
        Assert.True(input.Node["isMultiline"]!.GetValue<bool>());
        Assert.Equal("Typ uw antwoord", input.Get("label"));
    }

    [Fact]
    public void Render_AnswerRecorded_IsReadOnlyAndShowsTheAnswer()
    {
        var card = SampleCards.Card("answered-nl");

        Assert.Null(card["actions"]);
        Assert.DoesNotContain(CardTree.Walk(card), n => n.Type.StartsWith("Input.", StringComparison.Ordinal) || n.Type == "ActionSet");
        Assert.Contains(CardTree.Texts(card), t => t.Contains("Uw antwoord: Oneens", StringComparison.Ordinal));
    }
}
