namespace PartnershipBot.Dialogs.Advisor;

/// <summary>The word lists of one language that decide what the advisor answers (folded, lower case).</summary>
internal sealed record AdvisorWords(
    IReadOnlySet<string> Question,
    IReadOnlySet<string> Request,
    IReadOnlySet<string> Abuse,
    IReadOnlyList<string> Domain,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords);
