using System.Net;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>
/// Retries against a scripted loopback connector. Waits are skipped by <see cref="SkippingTimeProvider"/>
/// but recorded, so the requested wait is what the assertions read; attempt timeouts fire only when a
/// test expires them, so machine speed cannot change how many attempts a test sees.
/// </summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private const string Conversation = "a:1xyz";
    private readonly SkippingTimeProvider clock = new();
    private ConnectorHarness harness = null!;

    public static TheoryData<int> RetryableStatuses => new() { 412, 429, 500, 502, 503, 504 };

    public static TheoryData<int, bool> FinalStatuses => new()
    {
        { 400, false }, { 401, false }, { 403, true }, { 404, true }, { 409, false }, { 413, false }, { 501, false },
    };

    public async Task InitializeAsync() => harness = await ConnectorHarness.StartAsync(_ => new()
    {
        ["Connector:MaxAttempts"] = "4",
        ["Connector:TotalBudget"] = "00:00:30",
        ["Connector:BaseDelay"] = "00:00:01",
        ["Connector:MaxDelay"] = "00:00:08",
        ["Connector:MaxRetryAfter"] = "00:00:20",
        ["Connector:AttemptTimeout"] = "00:00:00.500",
    }, clock);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Send_TooManyRequestsWithRetryAfterSeconds_RetriesAfterAtLeastThatDelay()
    {
        harness.Connector.Enqueue(ScriptedResponse.TooManyRequests(3));

        var response = await SendAsync();

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.True(Assert.Single(clock.RequestedDelays) >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Send_TooManyRequestsWithRetryAfterDate_WaitsUntilThatDate()
    {
        var start = clock.GetUtcNow();
        var until = start.AddSeconds(6);
        harness.Connector.Enqueue(ScriptedResponse.TooManyRequestsUntil(until));

        await SendAsync();

        // The wait runs until the date the header carries (HTTP dates have whole seconds), from the
        // moment the answer was read: somewhere between the start and the end of the call.
        var wait = Assert.Single(clock.RequestedDelays);
        var headerDate = until.AddTicks(-(until.Ticks % TimeSpan.TicksPerSecond));
        var end = clock.GetUtcNow() - wait;
        Assert.InRange(wait, headerDate - end, headerDate - start);
        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanAllowed_GivesUpAtOnceAndReportsIt()
    {
        harness.Connector.Enqueue(ScriptedResponse.TooManyRequests(120));

        var failure = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(120)), (failure.Status, failure.RetryAfter));
        Assert.Single(harness.Connector.Requests);
        Assert.Empty(clock.RequestedDelays);
    }

    [Theory]
    [MemberData(nameof(RetryableStatuses))]
    public async Task Send_TransientStatusThenSuccess_RetriesAndSucceeds(int status)
    {
        harness.Connector.Enqueue(ScriptedResponse.Error(status, "Transient"));

        var response = await SendAsync();

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrorEveryTime_StopsAfterMaxAttemptsWithConnectorException()
    {
        harness.Connector.Enqueue(Enumerable.Repeat(ScriptedResponse.Error(500, "InternalError", "boom"), 10).ToArray());

        var failure = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal((HttpStatusCode.InternalServerError, "InternalError", false), (failure.Status, failure.ErrorCode, failure.IsUnreachable));
        Assert.Equal(4, harness.Connector.Requests.Count);
        Assert.Equal(3, clock.RequestedDelays.Count);
        // Jitter: each wait lies between a tenth of the doubling ceiling (1 s, 2 s, 4 s) and the ceiling.
        Assert.All(clock.RequestedDelays.Select((delay, i) => (delay, ceiling: TimeSpan.FromSeconds(1 << i))), pair => Assert.InRange(pair.delay, pair.ceiling / 10, pair.ceiling));
    }

    [Fact]
    public async Task Send_TimeBudgetSpentBeforeAttemptsRunOut_GivesUp()
    {
        // 12 s + 12 s of waiting leaves too little of the 30 s budget for another 12 s wait.
        harness.Connector.Enqueue(Enumerable.Repeat(ScriptedResponse.TooManyRequests(12), 10).ToArray());

        var failure = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.Status);
        Assert.Equal(3, harness.Connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(12)], clock.RequestedDelays);
    }

    [Theory]
    [MemberData(nameof(FinalStatuses))]
    public async Task Send_FinalClientOrNotImplementedStatus_IsNotRetried(int status, bool unreachable)
    {
        harness.Connector.Enqueue(ScriptedResponse.Error(status, "MessageWritesBlocked", "the user blocked the bot"));

        var failure = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(((HttpStatusCode)status, "MessageWritesBlocked", unreachable), (failure.Status, failure.ErrorCode, failure.IsUnreachable));
        Assert.Single(harness.Connector.Requests);
        Assert.Empty(clock.RequestedDelays);
    }

    [Fact]
    public async Task Send_ErrorWithoutErrorResponseBody_StillReportsStatus()
    {
        harness.Connector.Enqueue(new ScriptedResponse(403, "<html>forbidden</html>"));

        var failure = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal((HttpStatusCode.Forbidden, null, true), (failure.Status, failure.ErrorCode, failure.IsUnreachable));
    }

    [Fact]
    public async Task Send_FirstAttemptTimesOut_RetriesAndSucceeds()
    {
        harness.Connector.Enqueue(ScriptedResponse.Hang());

        var sending = SendAsync();
        await harness.Connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        clock.ExpireAttemptTimeouts();
        var response = await sending;

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.InRange(Assert.Single(clock.RequestedDelays), TimeSpan.FromSeconds(0.1), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Send_ConnectorDown_RetriesThenReportsNoAnswer()
    {
        using var nothingListening = new RefusingPort();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(nothingListening.Url.ToString(), Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.True(failure.ReceivedNoAnswer);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Equal(3, clock.RequestedDelays.Count);
    }

    private Task<Protocol.ResourceResponse> SendAsync() =>
        harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);
}
