namespace PartnershipBot.Dialogs.Results;

/// <summary>
/// What the text analyzer read in the full check's open answer: a one-line summary and the pitfalls it
/// recognised. <see cref="OpenAnswerFinding.Phrases"/> are the user's own words; they are shown to the user
/// once and dropped from the stored snapshot (open answers are not kept after the check).
/// </summary>
public sealed record OpenAnswerView(string Title, string Summary, IReadOnlyList<OpenAnswerFinding> Findings);
