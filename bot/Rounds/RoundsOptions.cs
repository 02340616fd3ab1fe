using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Rounds;

/// <summary>Settings under <c>Rounds</c>.</summary>
internal sealed class RoundsOptions
{
    public const string Section = "Rounds";

    /// <summary>User ids (Teams <c>29:…</c>) or Entra object ids who may close any round, see its results and plan its reminders.</summary>
    public string[]? Admins { get; set; }

    /// <summary>Rounds older than this many months are deleted, with all their responses.</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>Closing date offered when a round is started by command.</summary>
    [Range(1, 90)]
    public int DefaultClosingDays { get; set; } = 14;

    public bool IsAdmin(string? userId, string? aadObjectId) =>
        (Admins ?? []).Any(a => (userId is not null && string.Equals(a, userId, StringComparison.Ordinal))
            || (aadObjectId is not null && string.Equals(a, aadObjectId, StringComparison.OrdinalIgnoreCase)));
}
