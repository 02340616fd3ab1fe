namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// The word lists of one language that decide what the advisor answers (folded, lower case). Phrases
/// (<see cref="PersonalData"/>) are folded word sequences; <see cref="Injection"/> is matched in the lower-cased text as typed.
/// </summary>
internal sealed record AdvisorWords(
    IReadOnlySet<string> Question,
    IReadOnlySet<string> Request,
    IReadOnlySet<string> Abuse,
    IReadOnlyList<string> Domain,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords)
{
    public IReadOnlySet<string> InsultIfAddressed { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> Addressed { get; init; } = new HashSet<string>();

    public IReadOnlyList<string> Filler { get; init; } = [];

    public IReadOnlyList<string> PersonalData { get; init; } = [];

    public IReadOnlyList<string> Injection { get; init; } = [];
}
