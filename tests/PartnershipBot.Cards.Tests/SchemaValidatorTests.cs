using System.Text.Json.Nodes;
using PartnershipBot.Cards.Tests.Support;

namespace PartnershipBot.Cards.Tests;

/// <summary>The validator itself: it must be able to fail, or the sample tests prove nothing.</summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string> BrokenCards => new()
    {
        { "unknown element", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Carousel3D"}]}""" },
        { "misspelt property", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","wrapp":true}]}""" },
        { "choice set without id", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","choices":[]}]}""" },
        { "unknown root property", """{"type":"AdaptiveCard","version":"1.5","body":[],"colour":"red"}""" },
        { "chart type not allowed", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Chart.Pie","fallback":"drop","data":[{"legend":"a","values":[{"x":"p","y":1}]}]}]}""" },
        { "chart that a client cannot drop", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Chart.VerticalBar.Grouped","data":[{"legend":"a","values":[{"x":"p","y":1}]}]}]}""" },
        { "chart with text values", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Chart.VerticalBar.Grouped","fallback":"drop","data":[{"legend":"a","values":[{"x":"p","y":"1"}]}]}]}""" },
        { "choices.data other than the people picker", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"o","choices":[],"choices.data":{"type":"Data.Query","dataset":"example.com/anything"}}]}""" },
        { "filtered style without the people picker", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"o","style":"filtered","choices":[]}]}""" },
    };

    [Theory]
    [MemberData(nameof(BrokenCards))]
    public void Errors_BrokenCard_AreReported(string why, string json)
    {
        var errors = SchemaValidator.Errors(JsonNode.Parse(json)!.AsObject());

        Assert.True(errors.Count > 0, why);
    }

    [Fact]
    public void Errors_TeamsWidthExtension_IsStrippedBeforeValidating()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[],"msteams":{"width":"Full"}}""")!.AsObject();

        Assert.Empty(SchemaValidator.Errors(card));
    }

    [Fact]
    public void Errors_TeamsChartAndPeoplePickerAsAllowed_Pass()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"Chart.VerticalBar.Grouped","fallback":"drop","data":[{"legend":"Eigenaren","values":[{"x":"Besparing","y":62}]}]},
              {"type":"Input.ChoiceSet","id":"owner","label":"Eigenaar","style":"filtered","choices":[],"choices.data":{"type":"Data.Query","dataset":"graph.microsoft.com/users"}}]}
            """)!.AsObject();

        Assert.Empty(SchemaValidator.Errors(card));
    }
}
