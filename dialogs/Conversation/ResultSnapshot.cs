using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// A finished check's report as it was shown, in both languages, so it can be reopened later exactly as it was
/// (not recomputed with a later item bank) in whichever language the user speaks then. The open answer's words
/// are left out: what the analyzer found stays, the text itself is not kept after the check.
/// </summary>
public sealed record ResultSnapshot(string CheckId, DateTimeOffset CompletedAt, CheckReport Nl, CheckReport En)
{
    public CheckReport For(Language language) => language == Language.En ? En : Nl;
}
