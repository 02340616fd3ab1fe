namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>Counts for one label; an unused label (no positives expected or found) scores 1.</summary>
internal sealed record LabelScore(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
