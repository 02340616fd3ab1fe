using PartnershipBot.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Scheduling;

/// <summary>"Delete my data": the user's reminders (jobs in Quartz's tables), their entry in the reminder index and their unreachable mark live outside the user's key prefix.</summary>
internal sealed partial class ReminderDataEraser(IReminderAdministration reminders, ReminderIndex index, IStorage storage, ILogger<ReminderDataEraser> logger) : IUserDataEraser
{
    public async Task EraseAsync(ErasureRequest user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.TenantId);
        ArgumentException.ThrowIfNullOrEmpty(user.UserId);
        var cancelled = await reminders.CancelForOwnerAsync(user.TenantId, user.UserId, ct);
        // The index entry's key holds the user's id: it goes too.
        await index.DeleteOwnerAsync(user.TenantId, user.UserId, ct);
        await storage.DeleteAsync([UnreachableTargets.Key(user.TenantId, user.UserId)], ct);
        LogErased(logger, cancelled);
    }

    [LoggerMessage(EventId = 5140, Level = LogLevel.Information, Message = "Erased a user's reminders on request ({Count} cancelled)")]
    private static partial void LogErased(ILogger logger, int count);
}
