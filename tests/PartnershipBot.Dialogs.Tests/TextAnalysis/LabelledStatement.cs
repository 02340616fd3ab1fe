namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>One line of devset.jsonl / holdout.jsonl.</summary>
public sealed record LabelledStatement(string Text, string Lang, IReadOnlyList<string> Pitfalls, IReadOnlyList<string> Lessons);
