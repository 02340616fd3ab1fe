using System.Text.Json.Nodes;
using PartnershipBot.Cards.Samples;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests;

public sealed class CardRendererTests
{
    [Fact]
    public void Render_TextOutput_ReturnsNull()
    {
        Assert.Null(CardRenderer.Render(new TextOutput("Hallo")));
        Assert.Empty(CardRenderer.RenderAll(new TextOutput("Hallo")));
    }

    [Fact]
    public void Render_UnknownOutput_Throws()
    {
        Assert.Throws<ArgumentException>(() => CardRenderer.Render(new UnknownOutput()));
    }

    [Fact]
    public void Render_SameOutputTwice_GivesEqualJson()
    {
        var output = new ResultsOutput(ReportSamples.AtRisk(Language.En));

        Assert.True(JsonNode.DeepEquals(CardRenderer.Render(output), CardRenderer.Render(output)));
    }

    [Fact]
    public void RenderAllElements_EverySample_IsTheSameJsonAsRenderAll()
    {
        foreach (var (name, output) in CardSamples.Outputs())
        {
            var nodes = CardRenderer.RenderAll(output);
            var elements = CardRenderer.RenderAllElements(output);

            Assert.Equal(nodes.Count, elements.Count);
            Assert.All(nodes.Zip(elements), pair => Assert.True(JsonNode.DeepEquals(pair.First, JsonNode.Parse(pair.Second.GetRawText())), name));
        }
    }

    [Fact]
    public void Render_UnrecognisedText_ShowsTheShortFallbackNotTheCommandList()
    {
        var fallback = new NotUnderstoodOutput(Language.En, "I did not understand that.", [new("help", "shows every command"), new("quick check", "starts the quick check")]);

        var card = CardRenderer.Render(new UnrecognisedOutput("gibberish", Language.En, fallback))!;

        Assert.Contains("I did not understand that.", CardTree.Texts(card));
        Assert.Equal(CardRenderer.Render(fallback)!.ToJsonString(), card.ToJsonString());
    }

    [Fact]
    public void Render_Help_ListsEveryCommandInTheUsersLanguage()
    {
        var texts = CardTree.Texts(SampleCards.Card("help-nl")).ToList();

        // The user's language first, the other after it; a word the same in both once.
        Assert.Contains("volledige check / full check", texts);
        Assert.Contains("verwijder mijn gegevens / delete my data", texts);
        Assert.Contains("terug / back", texts);
        Assert.Contains("privacy", texts);
        Assert.DoesNotContain("privacy / privacy", texts);
        Assert.DoesNotContain("help / help", texts);
    }

    [Fact]
    public void Render_Welcome_MentionsPrivacyInOneLine()
    {
        Assert.Contains(CardTree.Texts(SampleCards.Card("welcome-en")), t => t.Contains("privacy", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SuggestedActions_SubmitTheirActionValue()
    {
        var actions = SampleCards.Card("welcome-nl")["actions"]!.AsArray();

        Assert.Equal([CardActions.QuickCheck, CardActions.FullCheck, CardActions.Help], actions.Select(a => (string)a!["data"]!["action"]!));
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a!["type"]));
    }

    private sealed record UnknownOutput : BotOutput;
}
