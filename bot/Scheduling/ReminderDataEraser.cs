using PartnershipBot.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Scheduling;

/// <summary>"Delete my data": the user's reminders (jobs in Quartz's tables) and their unreachable mark live outside the user's key prefix.</summary>
internal sealed partial class ReminderDataEraser(IReminderAdministration reminders, IStorage storage, ILogger<ReminderDataEraser> logger) : IUserDataEraser
{
    public async Task EraseAsync(string tenantId, string channelId, string userId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var cancelled = await reminders.CancelForOwnerAsync(tenantId, userId, ct);
        await storage.DeleteAsync([UnreachableTargets.Key(tenantId, userId)], ct);
        LogErased(logger, cancelled);
    }

    [LoggerMessage(EventId = 5140, Level = LogLevel.Information, Message = "Erased a user's reminders on request ({Count} cancelled)")]
    private static partial void LogErased(ILogger logger, int count);
}
