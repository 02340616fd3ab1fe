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
}
