namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Free text outside a check that describes a situation the analyzer recognised: which pitfalls it
/// resembles, the phrases that showed them, the lesson that helps, and an offer to run a check.
/// </summary>
public sealed record SituationOutput(
    Language Language,
    string Title,
    string Intro,
    IReadOnlyList<SituationFinding> Findings,
    string YourWordsLabel,
    string WhatHelpsLabel,
    string Closing,
    IReadOnlyList<SuggestedAction> Actions) : BotOutput;
