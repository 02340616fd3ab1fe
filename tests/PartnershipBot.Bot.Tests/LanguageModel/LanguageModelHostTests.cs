using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>
/// The optional language model through the real host, against a loopback server in the chat-completions wire
/// format: what the request carries, what a good answer looks like on the card, and every way back to the local answer.
/// </summary>
public sealed class LanguageModelHostTests
{
    private const string Question = "Ik ben wethouder De Vries (jan.devries@gemeente.nl, 06-12345678). Hoe leg ik de gemeenteraad uit dat de besparing pas later komt?";
    private const string ModelText = "Spreek af dat de besparing pas ingaat als de bedrijfsvoering op orde is [{0}], en leg de raad uit dat de kosten voor de baten uitgaan.";

    [Fact]
    public async Task OpenAiCompatible_GoodAnswer_CardShowsItCitedAndTheRequestCarriesThePassagesButNoPersonalData()
    {
        await using var model = await FakeChatCompletions.StartAsync((schema, body) => schema == "grounded_answer"
            ? (200, FakeChatCompletions.Completion(Answer(string.Format(System.Globalization.CultureInfo.InvariantCulture, ModelText, FakeChatCompletions.PassageIds(body)[0]), FakeChatCompletions.PassageIds(body)[0])))
            : (200, FakeChatCompletions.Completion("{\"findings\":[]}")));
        await using var bot = await ModelBot.StartAsync(model);

        var card = CardData.AllText((await bot.User.SayAsync(Question)).LastCard);

        var answerCall = Assert.Single(model.Calls, c => c.Schema == "grounded_answer");
        Assert.Equal("/v1/chat/completions", answerCall.Path);
        Assert.Equal("Bearer test-key", answerCall.Authorization);
        var passages = FakeChatCompletions.PassageIds(answerCall.Body);
        Assert.Contains(passages, id => id.StartsWith("patient.", StringComparison.Ordinal));
        // The owner's step (the question names the role) travels with its text.
        Assert.Contains("patient.step.owner.2", passages);
        Assert.Contains("Spreek met uw collega-wethouders af hoe u het uitstel", FakeChatCompletions.UserText(answerCall.Body), StringComparison.Ordinal);
        Assert.All(model.Calls, call =>
        {
            Assert.DoesNotContain("Vries", call.Raw, StringComparison.Ordinal);
            Assert.DoesNotContain("devries", call.Raw, StringComparison.Ordinal);
            Assert.DoesNotContain("12345678", call.Raw, StringComparison.Ordinal);
        });
        Assert.Contains("op orde is, en leg de raad uit dat de kosten voor de baten uitgaan", card, StringComparison.Ordinal);
        // The sources by name; the cited passage's id stays in the request, off the card.
        Assert.Contains("Gebaseerd op de les ‘Geduldige eigenaren", card, StringComparison.Ordinal);
        Assert.DoesNotContain(passages[0], card, StringComparison.Ordinal);
        Assert.DoesNotContain("Wat u kunt doen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureOpenAi_RequestUsesTheDeploymentUrlShapeApiVersionAndKeyHeader()
    {
        await using var model = await FakeChatCompletions.StartAsync((schema, body) => schema == "grounded_answer"
            ? (200, FakeChatCompletions.Completion(Answer(string.Format(System.Globalization.CultureInfo.InvariantCulture, ModelText, FakeChatCompletions.PassageIds(body)[0]), FakeChatCompletions.PassageIds(body)[0])))
            : (200, FakeChatCompletions.Completion("{\"findings\":[]}")));
        await using var bot = await ModelBot.StartAsync(model, deployment: "advisor-gpt");

        var card = CardData.AllText((await bot.User.SayAsync(Question)).LastCard);

        var call = Assert.Single(model.Calls, c => c.Schema == "grounded_answer");
        Assert.Equal("/openai/deployments/advisor-gpt/chat/completions", call.Path);
        Assert.Contains("api-version=", call.Query, StringComparison.Ordinal);
        Assert.Equal("test-key", call.ApiKey);
        Assert.Contains("kosten voor de baten uitgaan", card, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string> Failures => new()
    {
        { "a citation that is not a given passage", 200, FakeChatCompletions.Completion(Answer("Boek de besparing later in [invented.passage].", "invented.passage")) },
        { "malformed JSON", 200, FakeChatCompletions.Completion("{\"answer\": \"Boek de besparing later in [patient.do.1]\", ") },
        { "an answer in the wrong language", 200, FakeChatCompletions.Completion(Answer("Agree that the savings start once operations are in order [patient.do.1], and explain this to the council.", "patient.do.1")) },
        { "429 Too Many Requests", 429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"429\"}}" },
        { "500 from the service", 500, "{\"error\":{\"message\":\"boom\"}}" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task FailedModelAnswer_FallsBackToTheLocalAnswerWithoutRetrying(string why, int status, string body)
    {
        await using var model = await FakeChatCompletions.StartAsync((schema, _) => schema == "grounded_answer" ? (status, body) : (200, FakeChatCompletions.Completion("{\"findings\":[]}")));
        await using var bot = await ModelBot.StartAsync(model);

        var card = CardData.AllText((await bot.User.SayAsync(Question)).LastCard);

        Assert.Contains("Wat u kunt doen", card, StringComparison.Ordinal);
        Assert.Contains("Gebaseerd op de les ‘Geduldige eigenaren met een financiële buffer’", card, StringComparison.Ordinal);
        Assert.DoesNotContain("invented.passage", card, StringComparison.Ordinal);
        Assert.Single(model.Calls, c => c.Schema == "grounded_answer");
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public async Task ModelFindings_KeptOnlyWhenTheirEvidenceIsInTheText()
    {
        const string text = "Hoe krijgen we de directie zover dat de kwartaalrapportage niet meer alles mooier voorstelt dan het is?";
        await using var model = await FakeChatCompletions.StartAsync((schema, _) => schema == "pitfall_findings"
            ? (200, FakeChatCompletions.Completion("{\"findings\":[{\"pitfall\":\"contractor-appearance-of-success\",\"evidence\":\"alles mooier voorstelt dan het is\"},{\"pitfall\":\"owner-savings-target\",\"evidence\":\"de besparing is meteen ingeboekt\"}]}"))
            : (500, "{}"));
        await using var bot = await ModelBot.StartAsync(model);

        var card = CardData.AllText((await bot.User.SayAsync(text)).LastCard);

        Assert.Contains("Wat ik herken in uw woorden", card, StringComparison.Ordinal);
        Assert.Contains("“alles mooier voorstelt dan het is”", card, StringComparison.Ordinal);
        Assert.DoesNotContain("meteen ingeboekt", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Taakstelling vanaf de start:", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantNotAllowed_NothingIsSentAndThePrivacyCardSaysSo()
    {
        await using var model = await FakeChatCompletions.StartAsync((_, _) => (200, FakeChatCompletions.Completion("{}")));
        await using var bot = await ModelBot.StartAsync(model, tenants: "another-tenant");

        var card = CardData.AllText((await bot.User.SayAsync(Question)).LastCard);
        var privacy = CardData.AllText((await bot.User.SayAsync("privacy")).LastCard);

        Assert.Empty(model.Calls);
        Assert.Contains("Wat u kunt doen", card, StringComparison.Ordinal);
        Assert.Contains("wat u typt, gaat niet naar een taalmodel", privacy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantAllowed_ThePrivacyCardSaysPlainlyWhatGoesToTheModelAndWhatDoesNot()
    {
        await using var model = await FakeChatCompletions.StartAsync((_, _) => (200, FakeChatCompletions.Completion("{}")));
        await using var bot = await ModelBot.StartAsync(model);

        var privacy = CardData.AllText((await bot.User.SayAsync("privacy")).LastCard);

        Assert.Contains("Daar gaat alleen dit heen: de tekst van een bericht waarop de adviseur antwoordt", privacy, StringComparison.Ordinal);
        Assert.Contains("nadat de bot er namen, e-mailadressen en telefoonnummers uit heeft gehaald, samen met uw rol", privacy, StringComparison.Ordinal);
        Assert.Contains("Uw naam, uw antwoorden op de checks en uw uitkomsten gaan er niet heen.", privacy, StringComparison.Ordinal);
    }

    private static string Answer(string text, string citation) =>
        new JsonObject { ["answer"] = text, ["citations"] = new JsonArray(citation) }.ToJsonString();
}
