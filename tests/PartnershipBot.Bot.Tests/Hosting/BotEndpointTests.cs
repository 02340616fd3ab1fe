using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>The HTTP contract of POST /api/messages, over real HTTP against the real host.</summary>
public sealed class BotEndpointTests : IAsyncLifetime
{
    private readonly RecordingBot _bot = new();
    private TestBotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestBotHost.StartAsync(configure: b => b.Services.AddSingleton<IBot>(_bot));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_WrongContentType_Returns415()
    {
        var response = await _host.Client.PostAsync("/api/messages", new StringContent("{}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413()
    {
        var activity = Activities.Message(new string('x', 300 * 1024));

        var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400ProblemWithReasonAndNoEcho()
    {
        var response = await _host.Client.PostAsync("/api/messages", new StringContent("{\"type\":\"message\", \"text\": \"secret words", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("not valid activity JSON", problem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", problem.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MissingFields => new()
    {
        { "type", "type" },
        { "channelId", "channelId" },
        { "serviceUrl", "serviceUrl" },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public async Task Post_MissingRequiredField_Returns400NamingIt(string field, string named)
    {
        var activity = Activities.Message("hallo");
        activity.Remove(field);

        var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{named}'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FieldOfWrongType_Returns400()
    {
        var activity = Activities.Message("hallo");
        activity["conversation"] = "not an object";

        var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Messages_Returns405()
    {
        var response = await _host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Post_NonMessageOrUnknownType_Returns200WithEmptyBody(string type)
    {
        var activity = Activities.Base(type, "a:conv-1", "http://127.0.0.1:9/", null, "nl-NL", new JsonObject { ["futureField"] = new JsonObject { ["x"] = 1 } });

        var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_InvokeWithoutHandler_Returns501()
    {
        var response = await _host.PostActivityAsync(Activities.Invoke("composeExtension/query", new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_ReturnsInvokeResponseBody()
    {
        var response = await _host.PostActivityAsync(Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute" } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsRepliesInBody()
    {
        var activity = Activities.Message("hallo").ExpectReplies();
        activity.Remove("serviceUrl");

        var response = await _host.PostActivityAsync(activity);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var reply = Assert.Single(body!["activities"]!.AsArray());
        Assert.Equal("echo: hallo", reply!["text"]!.GetValue<string>());
        Assert.Equal(Activities.UserId, reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(activity["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_SameActivityIdTwice_RunsTurnOnceAndAnswersTheSame()
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute" } }, id: "f:retry-1");

        var first = await (await _host.PostActivityAsync(invoke)).Content.ReadAsStringAsync();
        var second = await (await _host.PostActivityAsync(invoke)).Content.ReadAsStringAsync();

        Assert.Single(_bot.Turns);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Post_TurnsOfOneConversation_RunInOrderWhileOthersProceed()
    {
        _bot.HoldText("first");
        var first = _host.PostActivityAsync(Activities.Message("first", "a:conv-A").ExpectReplies());
        await _bot.Started.GetOrAdd("first", _ => new()).Task.WaitAsync(TimeSpan.FromSeconds(10));

        var secondSameConversation = _host.PostActivityAsync(Activities.Message("second", "a:conv-A").ExpectReplies());
        var otherConversation = await _host.PostActivityAsync(Activities.Message("other", "a:conv-B").ExpectReplies());

        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
        Assert.False(secondSameConversation.IsCompleted);
        Assert.DoesNotContain(_bot.Turns, a => a.Text == "second");

        _bot.Release("first");
        await Task.WhenAll(first, secondSameConversation).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["first", "other", "second"], _bot.Turns.Select(a => a.Text!));
        Assert.Equal(1, _bot.MaxInFlightPerConversation);
    }

    [Fact]
    public async Task Post_TurnThrows_Apologises()
    {
        _bot.ThrowOnText = new InvalidOperationException("kaboom");

        var response = await _host.PostActivityAsync(Activities.Message("boom").ExpectReplies());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var reply = Assert.Single(body!["activities"]!.AsArray());
        Assert.StartsWith("Sorry", reply!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("kaboom", reply.ToJsonString(), StringComparison.Ordinal);
    }
}
