using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>
/// The two fallbacks a review found untested through the host: a model that answers only after the deadline, and an
/// answer longer than the configured maximum. Either way the user gets the local answer card.
/// </summary>
public sealed class ModelFallbackHostTests
{
    private const string Question = "Hoe leg ik de gemeenteraad uit dat de besparing pas later komt?";
    // The lexicon finds nothing here; in time, the model's finding below is shown (LanguageModelHostTests.ModelFindings_…).
    private const string ReportQuestion = "Hoe krijgen we de directie zover dat de kwartaalrapportage niet meer alles mooier voorstelt dan het is?";
    private const string Filler = " Bespreek dit ook met de andere eigenaren van de regeling.";
    private const int Max = 400;

    [Fact]
    public async Task ModelAnswersAfterTheDeadline_TheUserGetsTheLocalAnswerCard()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var late = new TaskCompletionSource();
        await using var model = await FakeChatCompletions.StartAsync(GoodAnswerAndAFinding, hold: late.Task);
        await using var bot = await ModelBot.StartAsync(model, clock: clock);

        var turn = bot.User.SayAsync(ReportQuestion);
        // Both calls (answer and findings) are at the server and held there; the deadline passes on the host's clock.
        await model.ReceivedAsync(2);
        clock.Advance(TimeSpan.FromSeconds(ModelBot.TimeoutSeconds));
        // The real-time bound only turns a hang (a deadline that never fires) into a failure; it decides nothing (and is shorter than the deadline on a real clock).
        var card = CardData.AllText((await turn.WaitAsync(TimeSpan.FromSeconds(30))).LastCard);

        Assert.Contains("Wat u kunt doen", card, StringComparison.Ordinal);
        Assert.Contains("Gebaseerd op de les ‘Realistische verwachtingen scheppen’", card, StringComparison.Ordinal);
        Assert.DoesNotContain("kosten voor de baten uitgaan", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Wat ik herken in uw woorden", card, StringComparison.Ordinal);
        // Only now does the model answer: too late, the turn is over.
        late.SetResult();
    }

    [Fact]
    public async Task PersonalChatStreaming_ModelSilentPastTheStreamDeadline_TheFinalMessageIsTheLocalAnswerWithoutNotice()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var late = new TaskCompletionSource();
        await using var model = await FakeChatCompletions.StartAsync(GoodAnswerAndAFinding, hold: late.Task, streamed: Streamed);
        await using var bot = await ModelBot.StartAsync(model, streaming: true, clock: clock);

        var turn = bot.User.SayAsync(ReportQuestion);
        await model.ReceivedAsync(2);
        clock.Advance(TimeSpan.FromSeconds(ModelBot.StreamSeconds));
        var sent = (await turn.WaitAsync(TimeSpan.FromSeconds(30))).Sent.Where(r => r.Method == "POST").Select(r => r.Json!.AsObject()).ToList();

        var final = sent[^1];
        Assert.Equal("message", (string?)final["type"]);
        Assert.Equal("final", (string?)final["entities"]!.AsArray().Single(e => (string?)e!["type"] == "streaminfo")!["streamType"]);
        // No model text was shown, so there is nothing to explain away.
        Assert.Null(final["text"]);
        var card = CardData.AllText(final["attachments"]![0]!["content"]!.AsObject());
        Assert.Contains("Wat u kunt doen", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Wat ik herken in uw woorden", card, StringComparison.Ordinal);
        Assert.DoesNotContain(sent, a => ((string?)a["text"] ?? "").Contains("kosten voor de baten", StringComparison.Ordinal));
        late.SetResult();
    }

    public static TheoryData<int, bool> Lengths => new()
    {
        { Max, true },
        { Max + 1, false },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public async Task AnswerLength_UpToTheConfiguredMaximumIsShown_OneCharacterMoreGivesTheLocalAnswer(int length, bool shown)
    {
        await using var model = await FakeChatCompletions.StartAsync((schema, body) => schema == "grounded_answer"
            ? (200, FakeChatCompletions.Completion(Answer(Padded(body, length), FakeChatCompletions.PassageIds(body)[0])))
            : (200, FakeChatCompletions.Completion("{\"findings\":[]}")));
        await using var bot = await ModelBot.StartAsync(model, maxAnswerCharacters: Max);

        var card = CardData.AllText((await bot.User.SayAsync(Question)).LastCard);

        var call = Assert.Single(model.Calls, c => c.Schema == "grounded_answer");
        Assert.Contains($"At most {Max} characters.", call.Raw, StringComparison.Ordinal);
        Assert.Equal(shown, card.Contains("Bespreek dit ook met de andere eigenaren", StringComparison.Ordinal));
        Assert.Equal(!shown, card.Contains("Wat u kunt doen", StringComparison.Ordinal));
    }

    /// <summary>A good Dutch answer citing the first passage given, padded to exactly <paramref name="length"/> characters as the model writes it (citation included).</summary>
    private static string Padded(JsonObject body, int length)
    {
        var text = new StringBuilder(string.Format(CultureInfo.InvariantCulture, "Spreek af dat de besparing pas ingaat als de bedrijfsvoering op orde is [{0}].", FakeChatCompletions.PassageIds(body)[0]));
        while (text.Length < length)
        {
            text.Append(Filler);
        }

        return text.ToString(0, length - 1) + ".";
    }

    private static (int, string) GoodAnswerAndAFinding(string schema, JsonObject body) => schema == "grounded_answer"
        ? (200, FakeChatCompletions.Completion(Answer(string.Format(CultureInfo.InvariantCulture, "Spreek af dat de besparing pas ingaat als de bedrijfsvoering op orde is [{0}], en leg de raad uit dat de kosten voor de baten uitgaan.", FakeChatCompletions.PassageIds(body)[0]), FakeChatCompletions.PassageIds(body)[0])))
        : (200, FakeChatCompletions.Completion("{\"findings\":[{\"pitfall\":\"contractor-appearance-of-success\",\"evidence\":\"alles mooier voorstelt dan het is\"}]}"));

    private static async IAsyncEnumerable<string> Streamed(JsonObject body)
    {
        await Task.CompletedTask;
        yield return string.Format(CultureInfo.InvariantCulture, "Spreek af dat de besparing pas ingaat [{0}], en leg de raad uit dat de kosten voor de baten uitgaan.", FakeChatCompletions.PassageIds(body)[0]);
    }

    private static string Answer(string text, string citation) =>
        new JsonObject { ["answer"] = text, ["citations"] = new JsonArray(citation) }.ToJsonString();
}
