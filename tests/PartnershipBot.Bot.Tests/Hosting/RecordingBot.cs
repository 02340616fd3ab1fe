using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>
/// A test bot that records every turn, echoes messages, answers adaptiveCard/action with a card,
/// and can hold the turns of one conversation at a gate so tests can observe ordering without sleeping.
/// </summary>
internal sealed class RecordingBot : IBot
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private int _maxInFlightPerConversation;

    public ConcurrentQueue<Activity> Turns { get; } = new();

    public ConcurrentDictionary<string, TaskCompletionSource> Started { get; } = new();

    public int MaxInFlightPerConversation => Volatile.Read(ref _maxInFlightPerConversation);

    public Exception? ThrowOnText { get; set; }

    /// <summary>Turns whose text equals <paramref name="text"/> wait until <see cref="Release"/>.</summary>
    public void HoldText(string text) => _gates[text] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(string text) => _gates[text].TrySetResult();

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Turns.Enqueue(activity);
        var conversation = activity.Conversation!.Id!;
        var inFlight = _inFlight.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        InterlockedMax(ref _maxInFlightPerConversation, inFlight);
        try
        {
            Started.GetOrAdd(activity.Text ?? activity.Type!, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            if (activity.Text is not null && _gates.TryGetValue(activity.Text, out var gate))
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            if (ThrowOnText is not null && activity.Text == "boom")
            {
                throw ThrowOnText;
            }

            if (activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action")
            {
                turnContext.InvokeResponse = InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["turn"] = Turns.Count });
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync(new Activity { Text = "echo: " + activity.Text }, cancellationToken);
            }
        }
        finally
        {
            _inFlight.AddOrUpdate(conversation, 0, (_, n) => n - 1);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
