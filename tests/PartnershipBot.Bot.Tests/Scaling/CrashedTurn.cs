using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// A quick check whose last answer is saved by a bot process that is then killed (SIGKILL) while its
/// results card is on the wire: the stub connector holds that one request and never answers it, so the
/// card counts as not delivered. What the user is sent afterwards is counted at the same connector.
/// </summary>
internal sealed class CrashedTurn
{
    public const string ResultsTitle = "Uitkomst van uw snelle check";

    private readonly RecordingConnector _connector;
    private readonly string _conversationId;
    private readonly TaskCompletionSource _resultsInFlight = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CrashedTurn(RecordingConnector connector, string name)
    {
        _connector = connector;
        _conversationId = $"a:{name}";
        User = new BotConversation(null!, connector, $"29:{name}", _conversationId);
        // Only the first results card is held; any later one is answered as a connector does.
        connector.HoldWhen = request => IsResultsCard(request) && _resultsInFlight.TrySetResult() ? new TaskCompletionSource().Task : null;
    }

    public BotConversation User { get; }

    /// <summary>The user's last answer (the activity whose turn was cut off), to be sent again as the channel's retry.</summary>
    public JsonObject LastAnswer { get; private set; } = null!;

    /// <summary>Results cards the connector answered: what reached the user.</summary>
    public int ResultsDelivered => _connector.Requests.Count(IsResultsCard) - (_resultsInFlight.Task.IsCompleted ? 1 : 0);

    /// <summary>Answers every question on <paramref name="process"/> and kills it once the results card is in flight.</summary>
    public async Task AnswerAllAndKillAsync(BotProcess process)
    {
        User.Host = process;
        var card = (await User.SayAsync("snelle check")).LastCard;
        var turns = Task.Run(async () =>
        {
            for (var n = 1; CardData.IsQuestion(card) && n < 40; n++)
            {
                var value = CardData.Of(card, "answer");
                value[CardData.InputId(card)] = CardData.Option(card, n % 2);
                LastAnswer = Activities.Base("message", _conversationId, _connector.ServiceUrl, null, "nl-NL", new JsonObject { ["value"] = value, ["replyToId"] = $"card-{n}" });
                var turn = await User.SendAsync(LastAnswer.DeepClone().AsObject());
                card = turn.Cards.LastOrDefault(CardData.IsQuestion) ?? new JsonObject();
            }
        });
        await Task.WhenAny(_resultsInFlight.Task, turns).Unwrap().WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(_resultsInFlight.Task.IsCompleted, "the check ended without a results card");
        await process.KillAsync();
        // The cut-off request fails with the process; nothing else is pending.
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => turns);
    }

    /// <summary>The channel's retry: the same activity (same id) again, to <paramref name="instance"/>.</summary>
    public async Task<int> RetryAsync(IBotInstance instance)
    {
        User.Host = instance;
        return (await User.SendAsync(LastAnswer.DeepClone().AsObject())).Status;
    }

    /// <summary>Waits (event-driven, at the connector) until a results card reached the user.</summary>
    public Task WaitForResultsAsync() =>
        _connector.WaitUntilAsync(r => r.Count(IsResultsCard) >= 2, TimeSpan.FromSeconds(90));

    /// <summary>The delivered results card, threaded on the user's last answer as the original send would have been.</summary>
    public RecordedRequest DeliveredResults => _connector.Requests.Where(IsResultsCard).Last();

    private static bool IsResultsCard(RecordedRequest request) =>
        request.Method == "POST" && CardData.AllText(request.Json?["attachments"]?[0]?["content"]).Contains(ResultsTitle, StringComparison.Ordinal);
}
