using Quartz;

namespace PartnershipBot.Storage.Migration;

/// <summary>What <see cref="ReminderMigration.CopyAsync"/> did, in jobs (one reminder each), not trigger rows.</summary>
/// <param name="Copied">Jobs this run wrote to the target.</param>
/// <param name="Different">Copied jobs whose key, spec or next fire times do not match the source's.</param>
/// <param name="AlreadyPresent">Jobs the target held already, left as they are.</param>
/// <param name="Finished">Jobs with no firing left in the source, not copied.</param>
internal sealed record ReminderCopy(IReadOnlyList<JobKey> Copied, IReadOnlyList<JobKey> Different, int AlreadyPresent, int Finished);
