using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Bot.Tests.Reports;

/// <summary>The real host on a fake clock with a configured signing key, and a closed round with twelve outcomes.</summary>
public abstract class ReportHostTest : RoundHostTest
{
    /// <summary>The scenario on the restarted host (the base one drove the first).</summary>
    internal new RoundScenario Scenario { get; private set; } = null!;

    internal FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    internal override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Rounds:Admins:0"] = Admin,
        ["Reports:SigningKey"] = "test-only-signing-key-of-enough-length-0123456789",
        ["Reports:LinkMinutes"] = "10",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Again, on the fake clock: link expiry is tested by moving time, never by waiting.
        await Host.DisposeAsync();
        Host = await TestBotHost.StartAsync(settings: Settings, configure: b => b.Services.AddSingleton<TimeProvider>(Clock));
        Scenario = new RoundScenario(Host, Connector);
    }

    /// <summary>Starts a round in the channel and records twelve outcomes (owners 5, clients 4, management 3), then closes it.</summary>
    internal async Task<Round> ClosedRoundAsync()
    {
        var roundId = RoundScenario.RoundId(await Scenario.StartAsync());
        var updated = await Scenario.Store.UpdateAsync(Activities.Tenant, roundId, d =>
        {
            var round = d.Round;
            for (var i = 0; i < 12; i++)
            {
                var (role, savings) = i < 5 ? (Role.Owner, 80 - i) : i < 9 ? (Role.Client, 40 + i) : (Role.Contractor, 30 + i);
                round = round.Join($"29:r{i}").Record(new RoundResponse($"29:r{i}", role, new Dictionary<string, int>
                {
                    ["owner-savings-target"] = savings, ["client-unchanged-service"] = 50 + (i % 4), ["contractor-appearance-of-success"] = 60 - i,
                }, [], Clock.GetUtcNow()));
            }

            return d with { Round = RoundReleaser.Close(round, Clock.GetUtcNow(), null, null) };
        }, default);
        return updated!.Round;
    }

    internal static IReadOnlyList<string> Links(JsonObject card) =>
        [.. card["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>())];
}
