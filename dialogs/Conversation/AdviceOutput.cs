namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The advisor's answer to a question or a described situation: what the user's words showed (if the analyzer
/// recognised a pitfall), what to do, why it works, a first step for the user's role (or one per role), and the
/// lesson, pitfall and passages it rests on. <see cref="Grounding"/> is for the host's optional language model.
/// </summary>
public sealed record AdviceOutput(
    Language Language,
    string Title,
    string RecognisedLabel,
    IReadOnlyList<AdviceRecognition> Recognised,
    string WhatToDoLabel,
    IReadOnlyList<string> WhatToDo,
    string WhyLabel,
    string Why,
    string StepsLabel,
    IReadOnlyList<AdviceStep> Steps,
    string Basis,
    string? Also,
    string Closing,
    IReadOnlyList<SuggestedAction> Actions) : BotOutput
{
    /// <summary>What the answer was built from. Held in memory for this turn only: never rendered, stored or logged.</summary>
    public required AdviceGrounding Grounding { get; init; }

    /// <summary>An answer a language model wrote from <see cref="Grounding"/> and the host checked; replaces the three parts when set.</summary>
    public string? ModelAnswer { get; init; }

    /// <summary>
    /// The model's answer was streamed: it ends as the message's own text above the card, so the card leaves it out.
    /// </summary>
    public bool ModelAnswerAsText { get; init; }

    /// <summary>A line sent as the message's text above the card (after a streamed answer that failed the check).</summary>
    public string? Notice { get; init; }
}
