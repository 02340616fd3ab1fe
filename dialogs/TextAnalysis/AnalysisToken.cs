namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>A token prepared for one language: its stem, clause and comma-segment, and its role as a function word.</summary>
internal readonly record struct AnalysisToken(
    string Norm,
    string Stem,
    int Start,
    int End,
    int Clause,
    int Segment,
    bool IsNumber,
    bool IsNegator,
    bool IsBlocker);
