using Quartz;

namespace PartnershipBot.Storage.Migration;

/// <summary>One reminder job as the pilot stores it: its key, its spec as stored, and its triggers that will still fire.</summary>
internal sealed record SourceReminder(JobKey Key, string SpecJson, IReadOnlyList<ITrigger> Pending);
