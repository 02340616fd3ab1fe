namespace PartnershipBot.Dialogs.Results;

/// <summary>For a result without elevated risks: recognition, and what to keep an eye on.</summary>
public sealed record HealthyView(string Recognition, IReadOnlyList<string> KeepWatching, string? Saying);
