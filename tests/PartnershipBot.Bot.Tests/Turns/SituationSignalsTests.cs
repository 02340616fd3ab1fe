using PartnershipBot.Bot.Tests.Analysis;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// With Azure AI Language configured (a loopback service in its documented format) and the tenant allowing it, a
/// worried description is acknowledged; the text reaches the service without personal data, and only for a
/// tenant that opted in.
/// </summary>
public sealed class SituationSignalsTests
{
    private const string Worried = "De eigenaren hebben meteen een taakstelling van tien procent ingeboekt en niemand durft te zeggen dat het niet lukt.";

    private static Dictionary<string, string?> Settings(FakeLanguageService language, string? tenants = Activities.Tenant) => new()
    {
        ["AzureLanguage:Endpoint"] = language.BaseAddress.ToString(),
        ["AzureLanguage:Key"] = "test-key",
        // The real clock runs here: the longest allowed deadline, so a slow machine cannot cut the call short.
        ["AzureLanguage:TimeoutSeconds"] = "60",
        ["AzureLanguage:Tenants:0"] = tenants,
    };

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Situation_WithSentiment_AcknowledgesOnlyAClearlyNegativeTone(bool negative, bool acknowledged)
    {
        await using var language = await FakeLanguageService.StartAsync((kind, _) => kind == "LanguageDetection"
            ? (200, AzureLanguageReplies.DutchDetected)
            : (200, negative ? AzureLanguageReplies.NegativeSentiment : AzureLanguageReplies.NegativeSentiment.Replace("\"negative\",\"confidenceScores\"", "\"neutral\",\"confidenceScores\"", StringComparison.Ordinal)));
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: Settings(language));
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

    [Fact]
    public async Task Situation_WithPersonalData_ReachesTheServiceWithoutIt()
    {
        await using var language = await FakeLanguageService.StartAsync((kind, _) => (200, kind == "LanguageDetection" ? AzureLanguageReplies.DutchDetected : AzureLanguageReplies.NegativeSentiment));
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: Settings(language));
        var user = new BotConversation(host, connector);

        await user.SayAsync("Volgens wethouder Pieter de Boer moesten we meteen tien procent besparen; mail hem op p.deboer@gemeente.nl of bel 06-12345678.");

        Assert.NotEmpty(language.Calls);
        var sent = string.Join(" ", language.Calls.Select(c => c.Body.ToJsonString()));
        Assert.DoesNotContain("Boer", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Pieter", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("gemeente.nl", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", sent, StringComparison.Ordinal);
        Assert.Contains("tien procent besparen", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Situation_TenantNotAllowed_NothingSentAndThePrivacyCardSaysNothingOfTheService()
    {
        await using var language = await FakeLanguageService.StartAsync((kind, _) => (200, kind == "LanguageDetection" ? AzureLanguageReplies.DutchDetected : AzureLanguageReplies.NegativeSentiment));
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: Settings(language, tenants: "another-tenant"));
        var user = new BotConversation(host, connector);

        var turn = await user.SayAsync(Worried);
        var privacy = CardData.AllText((await user.SayAsync("privacy")).LastCard);

        Assert.Empty(language.Calls);
        Assert.DoesNotContain(turn.Sent, r => r.Json?["type"]?.GetValue<string>() == "typing");
        Assert.DoesNotContain("Azure AI Language", privacy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_TenantAllowed_SaysWhatGoesToTheService()
    {
        await using var language = await FakeLanguageService.StartAsync((_, _) => (200, AzureLanguageReplies.DutchDetected));
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: Settings(language));
        var user = new BotConversation(host, connector);

        var privacy = CardData.AllText((await user.SayAsync("privacy")).LastCard);

        Assert.Contains("Azure AI Language", privacy, StringComparison.Ordinal);
        Assert.Contains("zonder namen, e-mailadressen en telefoonnummers", privacy, StringComparison.Ordinal);
        Assert.Empty(language.Calls);
    }
}
