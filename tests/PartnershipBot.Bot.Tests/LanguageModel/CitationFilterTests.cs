using PartnershipBot.LanguageModel;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>Inline citations are passage ids: the streamed text and the final answer leave them out.</summary>
public sealed class CitationFilterTests
{
    [Fact]
    public void Push_CitationSplitOverPieces_IsHeldBackThenDroppedWithTheSpaceBeforeIt()
    {
        var filter = new CitationFilter();

        var shown = string.Concat(new[] { "Boek nog geen besparing in ", "[pati", "ent.do.1]", ", want ", "[zie de les]", " het kost tijd." }.Select(filter.Push));

        Assert.Equal("Boek nog geen besparing in, want [zie de les] het kost tijd.", shown);
    }

    [Fact]
    public void Readable_LeavesOutEveryPassageId()
    {
        Assert.Equal(
            "Spreek het uitstel af. Leg het de raad uit.",
            AnswerCheck.Readable("Spreek het uitstel af [patient.do.1]. Leg het de raad uit [patient.step.owner.2][patient.why.1]."));
    }
}
