using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenAI;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.LanguageModel;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>The model client on its own: the deadline on the injected clock, and findings whose evidence is not in the text.</summary>
public sealed class ModelClientTests
{
    private static readonly AdviceGrounding Grounding = new(
        "Hoe leg ik de raad uit dat de besparing later komt?", "patient-owners-buffer", "Geduldige eigenaren met een financiële buffer",
        "owner-savings-target", "Besparing vanaf dag één", Role.Owner,
        [new AdviceSource("patient.do.1", "patient-owners-buffer", "Boek in de opstartjaren geen besparing in.")], ["patient.do.1"]);

    [Fact]
    public async Task Answer_ModelSlowerThanTheDeadline_GivesUpWhenTheClockPassesItAndReturnsNoAnswer()
    {
        var release = new TaskCompletionSource();
        await using var model = await FakeChatCompletions.StartAsync((_, _) => (200, FakeChatCompletions.Completion("{}")), release.Task);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var client = Client(model, time);

        var answering = client.AnswerAsync(Grounding, Language.Nl, CancellationToken.None);
        await model.Received.Task;
        time.Advance(TimeSpan.FromSeconds(8));

        Assert.Null(await answering);
        release.SetResult();
    }

    [Fact]
    public async Task Findings_EvidenceNotInTheTextOrUnknownPitfall_AreDropped()
    {
        await using var model = await FakeChatCompletions.StartAsync((_, _) => (200, FakeChatCompletions.Completion(
            "{\"findings\":[{\"pitfall\":\"owner-savings-target\",\"evidence\":\"meteen tien procent\"},"
            + "{\"pitfall\":\"client-unchanged-service\",\"evidence\":\"alles moet blijven zoals het was\"},"
            + "{\"pitfall\":\"made-up-pitfall\",\"evidence\":\"de eigenaren\"}]}")));
        var client = Client(model, TimeProvider.System);

        var findings = await client.FindPitfallsAsync("De eigenaren wilden meteen tien procent besparen.", CancellationToken.None);

        var kept = Assert.Single(findings);
        Assert.Equal("owner-savings-target", kept.PitfallId);
        Assert.Equal("meteen tien procent", kept.Evidence);
    }

    private static ModelClient Client(FakeChatCompletions model, TimeProvider time)
    {
        var options = new LanguageModelOptions { Endpoint = new Uri(model.BaseAddress, "/v1").ToString(), Model = "test-model", Key = "k", TimeoutSeconds = 8 };
        var chat = new OpenAIClient(new System.ClientModel.ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint) })
            .GetChatClient("test-model").AsIChatClient();
        return new ModelClient(chat, Options.Create(options), time, NullLogger<ModelClient>.Instance);
    }
}
