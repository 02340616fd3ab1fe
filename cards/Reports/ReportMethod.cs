namespace PartnershipBot.Cards.Reports;

/// <summary>How the figures came about: the statements per role, the rules, the scoring, the analyzer's limits.</summary>
public sealed record ReportMethod(
    IReadOnlyList<ReportStatementList> Statements,
    int ContextQuestions,
    int ElevatedFrom,
    int HighFrom,
    int MinimumGroupSize,
    int ThemeMinimum);

/// <summary>The quick check's statements one role answered.</summary>
public sealed record ReportStatementList(string RoleLabel, IReadOnlyList<string> Statements);

/// <summary>An agreed action and its state (the action register); empty until actions exist.</summary>
public sealed record ReportAction(string Description, string Owner, DateOnly Due, string Status);

/// <summary>When the report was made, by which version, and the release it shows.</summary>
public sealed record ReportColophon(DateTimeOffset GeneratedAt, string Version, DateTimeOffset ReleasedAt);
