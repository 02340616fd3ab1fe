namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>
/// One answer option. <see cref="Agreement"/> runs from −1 (full disagreement / no) to +1 (full agreement / yes);
/// null means the answer carries no signal ("don't know", or a context option).
/// <see cref="Factors"/> (context options only) multiply the risk of the named pitfalls.
/// </summary>
internal sealed record ScaleOption(
    string Value,
    double? Agreement,
    LocalText Label,
    IReadOnlyList<string> Synonyms,
    IReadOnlyDictionary<string, double> Factors);
