using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>
/// The model's answer streamed in a Teams personal chat, read off the stub connector: an informative update, the text so
/// far at most once a second (the stream id the connector gave the first update, the sequence counting up), then the
/// final message; one ordinary message elsewhere and whenever the stream cannot go on.
/// </summary>
public sealed class StreamingHostTests
{
    private const string Question = "Hoe leg ik de gemeenteraad uit dat de besparing pas later komt?";
    private static readonly string[] Pieces =
    [
        "Spreek af dat de besparing pas ingaat ",
        "als de bedrijfsvoering op orde is [{0}], ",
        "en leg de raad uit dat de kosten voor de baten uitgaan.",
    ];

    [Fact]
    public async Task PersonalChat_AnswerStreams_InformativeThenTheTextSoFarOnceASecondThenTheFinalMessage()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        ModelBot? bot = null;
        await using var model = await FakeChatCompletions.StartAsync(NoFindings, streamed: body => OneSecondApart(body, clock, bot!.Connector));
        await using (bot = await ModelBot.StartAsync(model, streaming: true, clock: clock))
        {
            bot.Connector.Enqueue(ScriptedResponse.Json(201, new JsonObject { ["id"] = "stream-7" }));

            var sent = (await bot.User.SayAsync(Question)).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

            var id = FakeChatCompletions.PassageIds(Assert.Single(model.Calls, c => (bool?)c.Body["stream"] == true).Body)[0];
            // The inline citation is a passage id: the reader never sees it, not even while the text streams.
            const string text = "Spreek af dat de besparing pas ingaat als de bedrijfsvoering op orde is, en leg de raad uit dat de kosten voor de baten uitgaan.";
            Assert.Equal(5, sent.Count);
            AssertUpdate(sent[0], "informative", null, 1, "Ik zoek het antwoord op in de lessen…");
            AssertUpdate(sent[1], "streaming", "stream-7", 2, "Spreek af dat de besparing pas ingaat");
            AssertUpdate(sent[2], "streaming", "stream-7", 3, "Spreek af dat de besparing pas ingaat als de bedrijfsvoering op orde is,");
            AssertUpdate(sent[3], "streaming", "stream-7", 4, text);
            var final = sent[4];
            Assert.Equal("message", (string?)final["type"]);
            var info = Assert.Single(StreamInfos(final));
            Assert.Equal("final", (string?)info["streamType"]);
            Assert.Equal("stream-7", (string?)info["streamId"]);
            Assert.Null(info["streamSequence"]);
            Assert.Equal(text, (string?)final["text"]);
            var card = CardData.AllText(final["attachments"]![0]!["content"]!.AsObject());
            Assert.Contains("Gebaseerd op de les ‘Geduldige eigenaren", card, StringComparison.Ordinal);
            Assert.DoesNotContain(id, card, StringComparison.Ordinal);
            Assert.DoesNotContain("kosten voor de baten", card, StringComparison.Ordinal);
            Assert.DoesNotContain("Wat u kunt doen", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonalChat_ChunksFasterThanOneASecond_AreBufferedIntoTheFinalMessage()
    {
        // The clock does not move: every piece arrives within the second after the informative update.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        await using var model = await FakeChatCompletions.StartAsync(NoFindings, streamed: body => AllAtOnce(body));
        await using var bot = await ModelBot.StartAsync(model, streaming: true, clock: clock);

        var sent = (await bot.User.SayAsync(Question)).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

        Assert.Equal(["informative", "final"], sent.Select(a => (string?)Assert.Single(StreamInfos(a))["streamType"]));
        Assert.EndsWith("kosten voor de baten uitgaan.", (string?)sent[1]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_StreamedTextFailsTheCheck_StreamStopsAndTheFinalMessageIsTheLocalAnswerWithANotice()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        ModelBot? bot = null;
        await using var model = await FakeChatCompletions.StartAsync(NoFindings, streamed: body => Invented(clock, bot!.Connector));
        await using (bot = await ModelBot.StartAsync(model, streaming: true, clock: clock))
        {
            var sent = (await bot.User.SayAsync(Question)).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

            Assert.Equal(["informative", "streaming", "final"], sent.Select(a => (string?)Assert.Single(StreamInfos(a))["streamType"]));
            Assert.All(sent, a => Assert.DoesNotContain("invented.passage", (string?)a["text"] ?? "", StringComparison.Ordinal));
            Assert.StartsWith("Het antwoord dat u zojuist zag verschijnen, doorstond mijn controle niet", (string?)sent[2]["text"], StringComparison.Ordinal);
            var card = CardData.AllText(sent[2]["attachments"]![0]!["content"]!.AsObject());
            Assert.Contains("Wat u kunt doen", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonalChat_ChannelRefusesTheStream_TheAnswerArrivesAsOneOrdinaryMessage()
    {
        await using var model = await FakeChatCompletions.StartAsync(NoFindings, streamed: body => AllAtOnce(body));
        await using var bot = await ModelBot.StartAsync(model, streaming: true);
        bot.Connector.Enqueue(ScriptedResponse.Error(403, "ContentStreamNotAllowed", "Content stream is not allowed"));

        var sent = (await bot.User.SayAsync(Question)).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

        Assert.Equal(2, sent.Count);
        Assert.Equal("typing", (string?)sent[0]["type"]);
        var answer = sent[1];
        Assert.Empty(StreamInfos(answer));
        Assert.Null(answer["text"]);
        Assert.Contains("kosten voor de baten uitgaan", CardData.AllText(answer["attachments"]![0]!["content"]!.AsObject()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherChannel_OneOrdinaryMessageWithoutStreamInfoAndTheModelIsNotAskedToStream()
    {
        await using var model = await FakeChatCompletions.StartAsync(WholeAnswer, streamed: body => AllAtOnce(body));
        await using var bot = await ModelBot.StartAsync(model, streaming: true);
        var webChat = Activities.Message(Question, "a:conv-web", bot.Connector.ServiceUrl);
        webChat["channelId"] = "webchat";

        var sent = (await bot.User.SendAsync(webChat)).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

        AssertOneOrdinaryAnswer(model, sent);
    }

    [Fact]
    public async Task GroupChat_OneOrdinaryMessageWithoutStreamInfoAndTheModelIsNotAskedToStream()
    {
        await using var model = await FakeChatCompletions.StartAsync(WholeAnswer, streamed: body => AllAtOnce(body));
        await using var bot = await ModelBot.StartAsync(model, streaming: true);
        var group = new BotConversation(bot.Host, bot.Connector, conversationId: "19:group", conversationType: "groupChat");

        var sent = (await group.SayAsync(Question)).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

        AssertOneOrdinaryAnswer(model, sent);
    }

    private static void AssertOneOrdinaryAnswer(FakeChatCompletions model, List<JsonObject> sent)
    {
        Assert.Single(model.Calls, c => c.Schema == "grounded_answer");
        Assert.DoesNotContain(model.Calls, c => (bool?)c.Body["stream"] == true);
        Assert.All(sent, a => Assert.Empty(StreamInfos(a)));
        var answer = Assert.Single(sent, a => (string?)a["type"] == "message");
        Assert.Contains("kosten voor de baten uitgaan", CardData.AllText(answer["attachments"]![0]!["content"]!.AsObject()), StringComparison.Ordinal);
    }

    /// <summary>The one-message (JSON) answer for a request that does not stream.</summary>
    private static (int, string) WholeAnswer(string schema, JsonObject body) => schema == "grounded_answer"
        ? (200, FakeChatCompletions.Completion(new JsonObject { ["answer"] = Answer(body), ["citations"] = new JsonArray(FakeChatCompletions.PassageIds(body)[0]) }.ToJsonString()))
        : NoFindings(schema, body);

    private static (int, string) NoFindings(string schema, JsonObject body) => (200, FakeChatCompletions.Completion("{\"findings\":[]}"));

    private static string Answer(JsonObject body) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, string.Concat(Pieces), FakeChatCompletions.PassageIds(body)[0]);

    private static string Prefix(int pieces, string id) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, string.Concat(Pieces.Take(pieces)), id);

    /// <summary>
    /// Each piece a second after the previous one: the clock moves before a piece is written, and the next waits until
    /// the bot's update for this one reached the connector, so what each update carries is decided, not raced.
    /// </summary>
    private static async IAsyncEnumerable<string> OneSecondApart(JsonObject body, FakeTimeProvider clock, RecordingConnector connector, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var id = FakeChatCompletions.PassageIds(body)[0];
        var before = connector.Requests.Count;
        for (var i = 0; i < Pieces.Length; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            yield return string.Format(System.Globalization.CultureInfo.InvariantCulture, Pieces[i], id);
            await connector.WaitForRequestsAsync(before + i + 1, TimeSpan.FromSeconds(30));
        }
    }

    private static async IAsyncEnumerable<string> AllAtOnce(JsonObject body)
    {
        await Task.CompletedTask;
        foreach (var piece in Pieces)
        {
            yield return string.Format(System.Globalization.CultureInfo.InvariantCulture, piece, FakeChatCompletions.PassageIds(body)[0]);
        }
    }

    /// <summary>A good first piece, then one citing a passage that was not given: the bot must stop showing text there.</summary>
    private static async IAsyncEnumerable<string> Invented(FakeTimeProvider clock, RecordingConnector connector)
    {
        var before = connector.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(1));
        yield return "Spreek af dat de besparing pas ingaat. ";
        await connector.WaitForRequestsAsync(before + 1, TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(1));
        yield return "Boek haar meteen in [invented.passage] ";
        yield return "en vertel het niemand.";
    }

    private static List<JsonObject> StreamInfos(JsonObject activity) =>
        [.. (activity["entities"]?.AsArray() ?? []).OfType<JsonObject>().Where(e => (string?)e["type"] == "streaminfo")];

    private static void AssertUpdate(JsonObject activity, string streamType, string? streamId, int sequence, string text)
    {
        Assert.Equal("typing", (string?)activity["type"]);
        var info = Assert.Single(StreamInfos(activity));
        Assert.Equal(streamType, (string?)info["streamType"]);
        Assert.Equal(streamId, (string?)info["streamId"]);
        Assert.Equal(sequence, (int?)info["streamSequence"]);
        Assert.Equal(text, (string?)activity["text"]);
    }
}
