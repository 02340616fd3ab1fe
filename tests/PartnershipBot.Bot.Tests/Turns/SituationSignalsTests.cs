using PartnershipBot.Bot.Tests.Analysis;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>With Azure AI Language configured (a loopback service in its documented format), a worried description is acknowledged.</summary>
public sealed class SituationSignalsTests
{
    private const string Worried = "De eigenaren hebben meteen een taakstelling van tien procent ingeboekt en niemand durft te zeggen dat het niet lukt.";

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Situation_WithSentiment_AcknowledgesOnlyAClearlyNegativeTone(bool negative, bool acknowledged)
    {
        await using var language = await FakeLanguageService.StartAsync((kind, _) => kind == "LanguageDetection"
            ? (200, AzureLanguageReplies.DutchDetected)
            : (200, negative ? AzureLanguageReplies.NegativeSentiment : AzureLanguageReplies.NegativeSentiment.Replace("\"negative\",\"confidenceScores\"", "\"neutral\",\"confidenceScores\"", StringComparison.Ordinal)));
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["AzureLanguage:Endpoint"] = language.BaseAddress.ToString(),
            ["AzureLanguage:Key"] = "test-key",
            // The real clock runs here: the longest allowed deadline, so a slow machine cannot cut the call short.
            ["AzureLanguage:TimeoutSeconds"] = "60",
        });
        var user = new BotConversation(host, connector);

        var turn = await user.SayAsync(Worried);

        Assert.Equal("typing", turn.Sent[0].Json!["type"]!.GetValue<string>());
        Assert.Equal(acknowledged, turn.Texts.Contains("zorgen", StringComparison.Ordinal));
        Assert.Contains("Taakstelling vanaf de start", CardData.AllText(turn.LastCard), StringComparison.Ordinal);
        Assert.Contains(language.Calls, c => c.Kind == "SentimentAnalysis" && c.Key == "test-key");
    }

    [Fact]
    public async Task Situation_WithoutAzure_SendsNoTypingAndNoAcknowledgement()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync();
        var user = new BotConversation(host, connector);

        var turn = await user.SayAsync(Worried);

        Assert.DoesNotContain(turn.Sent, r => r.Json?["type"]?.GetValue<string>() == "typing");
        Assert.DoesNotContain("zorgen", turn.Texts, StringComparison.Ordinal);
    }
}
