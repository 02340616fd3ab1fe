using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>Fires a stored reminder the way the Quartz job does when it comes due: through the host's registered handler for its kind.</summary>
internal static class ReminderFiring
{
    /// <summary>Runs the user's only reminder and returns what the connector received meanwhile.</summary>
    public static async Task<IReadOnlyList<RecordedRequest>> FireOnlyAsync(TestBotHost host, RecordingConnector connector, string ownerId = Activities.UserId)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(connector);
        var scheduler = host.Services.GetRequiredService<IReminderScheduler>();
        var reminder = Assert.Single(await scheduler.ListAsync(Activities.Tenant, ownerId, default));
        var handler = host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == reminder.Spec.Kind);
        var before = connector.Requests.Count;
        await handler.HandleAsync(reminder, reminder.Spec.FirstDueUtc, default);
        return [.. connector.Requests.Skip(before)];
    }
}
