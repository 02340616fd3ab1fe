using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>The computed risk of one pitfall with its (unlocalised) evidence.</summary>
internal sealed record PitfallComputation(
    PitfallDefinition Pitfall,
    int Risk,
    RiskLevel Level,
    IReadOnlyList<Contribution> Contributions,
    int ContradictionPoints,
    double ContextFactor)
{
    /// <summary>Questions on this pitfall or its lesson answered with a point of the scale (not "weet ik niet", not skipped).</summary>
    public int Answered { get; init; }

    /// <summary>Questions of the check that read on this pitfall or its lesson.</summary>
    public int Asked { get; init; }
}

/// <summary>One answer's effect on a pitfall, in risk points after the context factor.</summary>
internal sealed record Contribution(Item Item, ScaleOptionOrText Answer, double Points);

/// <summary>What was answered: an option, or the phrases the analyzer found in a free text.</summary>
internal sealed record ScaleOptionOrText(ScaleOption? Option, IReadOnlyList<string> Phrases);
