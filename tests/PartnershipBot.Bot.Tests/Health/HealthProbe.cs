using System.Net;
using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Health;

/// <summary>Reads a health endpoint the way a load balancer does, and waits for a status within a deadline.</summary>
internal static class HealthProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>
    /// Asks until the answer is <paramref name="expected"/>; fails with the last answer when
    /// <paramref name="deadline"/> passes first. Returns the matching answer and how long it took.
    /// </summary>
    public static async Task<(JsonNode Body, TimeSpan Took)> WaitForAsync(HttpClient client, string path, HttpStatusCode expected, TimeSpan deadline)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var (status, body) = await GetAsync(client, path);
            var took = TimeProvider.System.GetElapsedTime(started);
            if (status == expected)
            {
                return (body, took);
            }

            Assert.True(took < deadline, $"{path} still answered {(int)status} after {took.TotalSeconds:0.0} s: {body.ToJsonString()}");
            await Task.Delay(PollInterval);
        }
    }
}
