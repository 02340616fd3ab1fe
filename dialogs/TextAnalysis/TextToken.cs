namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>How a token is separated from the one before it.</summary>
internal enum TokenBreak
{
    None,
    /// <summary>A comma, bracket or dash: negation does not reach across it, cues may.</summary>
    Segment,
    /// <summary>End of a sentence or a semicolon: nothing reaches across it.</summary>
    Clause,
}

/// <summary>One word of the input: folded lower-case form, offsets into the original text, what precedes it.</summary>
internal readonly record struct RawToken(string Norm, int Start, int End, TokenBreak Break, bool EndsQuestion)
{
    /// <summary>A colon follows: what comes next elaborates this sentence ("we hebben geleerd van de vorige samenwerking: …").</summary>
    public bool EndsColon { get; init; }
}
