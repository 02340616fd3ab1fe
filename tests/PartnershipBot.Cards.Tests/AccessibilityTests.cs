using System.Text.Json.Nodes;
using PartnershipBot.Cards.Tests.Support;

namespace PartnershipBot.Cards.Tests;

/// <summary>Inputs are labelled and colour never carries meaning on its own.</summary>
public sealed class AccessibilityTests
{
    public static TheoryData<string> Names => SampleCards.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_LabelsEveryInput(string name)
    {
        var inputs = CardTree.Walk(SampleCards.Card(name)).Where(node => node.Type.StartsWith("Input.", StringComparison.Ordinal));

        Assert.All(inputs, input =>
        {
            Assert.False(string.IsNullOrWhiteSpace(input.Get("label")), input.Type + " has no label");
            Assert.False(string.IsNullOrWhiteSpace(input.Get("id")), input.Type + " has no id");
            if (input.Node["isRequired"]?.GetValue<bool>() == true)
            {
                Assert.False(string.IsNullOrWhiteSpace(input.Get("errorMessage")), input.Type + " is required but has no error message");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_Sample_GivesEveryColouredElementATextEquivalent(string name)
    {
        Assert.Empty(ColourCheck.Unexplained(SampleCards.Card(name)));
    }

    [Fact]
    public void ColourCheck_BareColouredBar_IsReported()
    {
        // A bar alone in the body: its only neighbour with text is the card root, which does not count.
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"Elsewhere"},
              {"type":"ColumnSet","columns":[{"type":"Column","width":70,"style":"attention","items":[]},{"type":"Column","width":30,"items":[]}]}
            ]}
            """)!.AsObject();

        Assert.Single(ColourCheck.Unexplained(card));
    }

    [Fact]
    public void ColourCheck_BarWithLevelBesideIt_IsAccepted()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"ColumnSet","columns":[
                {"type":"Column","items":[{"type":"ColumnSet","columns":[{"type":"Column","style":"attention","items":[]}]}]},
                {"type":"Column","items":[{"type":"TextBlock","text":"Hoog · 72 van 100"}]}]}
            ]}
            """)!.AsObject();

        Assert.Empty(ColourCheck.Unexplained(card));
    }
}
