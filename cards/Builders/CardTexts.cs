using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// The few words the cards add around the domain's texts (button titles, labels). Everything else on a card
/// comes from the domain, already localised.
/// </summary>
internal sealed record CardTexts(
    string Culture,
    string Send,
    string Back,
    string Skip,
    string Stop,
    string ChooseAnswer,
    string TypeAnswer,
    string AnswerRequired,
    string AnswerRequiredNoSkip,
    string TypedAnswerRequired,
    string TypedAnswerRequiredNoSkip,
    string TypedAnswerPlaceholder,
    string YourAnswer,
    string CurrentAnswer,
    string PrivacyLine,
    string Risk,
    string OutOf100,
    string DrivenBy,
    MessageTemplate MoreEvidence,
    string NoSignal,
    MessageTemplate AnsweredAndSkipped,
    string Contradictions,
    string ChangeSinceLast,
    string Higher,
    string Lower,
    string Unchanged,
    string AdviceFor,
    string WhatYouCanDo,
    string KeepWatching,
    string Saying,
    string LevelUnknown,
    string LevelLow,
    string LevelElevated,
    string LevelHigh,
    MessageTemplate ProgressSoFar,
    Language Language,
    string HealthyTitle)
{
    public static CardTexts Dutch { get; } = new(
        Culture: "nl-NL",
        Send: "Antwoord versturen",
        Back: "Vorige vraag",
        Skip: "Overslaan",
        Stop: "Stoppen",
        ChooseAnswer: "Kies uw antwoord",
        TypeAnswer: "Typ uw antwoord",
        AnswerRequired: "Kies eerst een antwoord, of sla de vraag over.",
        AnswerRequiredNoSkip: "Kies eerst een antwoord.",
        TypedAnswerRequired: "Typ eerst een antwoord, of sla de vraag over.",
        TypedAnswerRequiredNoSkip: "Typ eerst een antwoord.",
        TypedAnswerPlaceholder: "Een paar zinnen is genoeg",
        YourAnswer: "Uw antwoord",
        CurrentAnswer: "Eerder gegeven antwoord",
        PrivacyLine: "Uw antwoorden zijn alleen voor u. Typ 'privacy' om te lezen wat ik bewaar.",
        Risk: "Risico",
        OutOf100: "van 100",
        DrivenBy: "Wat de score bepaalde, sterkste eerst:",
        MoreEvidence: MessageTemplate.Parse("{count, plural, one {En # antwoord} other {En # antwoorden}} met een kleiner effect.", Language.Nl),
        NoSignal: "Geen van uw antwoorden wijst hier duidelijk op.",
        AnsweredAndSkipped: MessageTemplate.Parse("{answered, plural, one {# vraag} other {# vragen}} beantwoord, {dontKnow, plural, =0 {} other {# keer 'weet ik niet', }}{skipped, number} overgeslagen", Language.Nl),
        Contradictions: "Antwoorden die niet goed samengaan",
        ChangeSinceLast: "Verschil met uw vorige check",
        Higher: "hoger",
        Lower: "lager",
        Unchanged: "gelijk",
        AdviceFor: "Advies bij",
        WhatYouCanDo: "Volgende stappen voor uw rol: {0}",
        KeepWatching: "Blijf letten op",
        Saying: "Om te onthouden",
        LevelUnknown: "onbekend",
        LevelLow: "laag",
        LevelElevated: "verhoogd",
        LevelHigh: "hoog",
        ProgressSoFar: MessageTemplate.Parse("{answered, number} van {total, plural, one {# vraag} other {# vragen}} beantwoord", Language.Nl),
        Language: Language.Nl,
        HealthyTitle: "Een gezond beeld");

    public static CardTexts English { get; } = new(
        Culture: "en-GB",
        Send: "Send answer",
        Back: "Previous question",
        Skip: "Skip",
        Stop: "Stop",
        ChooseAnswer: "Choose your answer",
        TypeAnswer: "Type your answer",
        AnswerRequired: "Choose an answer first, or skip the question.",
        AnswerRequiredNoSkip: "Choose an answer first.",
        TypedAnswerRequired: "Type an answer first, or skip the question.",
        TypedAnswerRequiredNoSkip: "Type an answer first.",
        TypedAnswerPlaceholder: "A few sentences are enough",
        YourAnswer: "Your answer",
        CurrentAnswer: "Answer given earlier",
        PrivacyLine: "Your answers are for you alone. Type 'privacy' to read what I keep.",
        Risk: "Risk",
        OutOf100: "out of 100",
        DrivenBy: "What drove the score, strongest first:",
        MoreEvidence: MessageTemplate.Parse("{count, plural, one {And # answer} other {And # answers}} with a smaller effect.", Language.En),
        NoSignal: "None of your answers points clearly to this.",
        AnsweredAndSkipped: MessageTemplate.Parse("{answered, plural, one {# question} other {# questions}} answered, {dontKnow, plural, =0 {} other {# 'don't know', }}{skipped, number} skipped", Language.En),
        Contradictions: "Answers that do not fit together",
        ChangeSinceLast: "Change since your previous check",
        Higher: "higher",
        Lower: "lower",
        Unchanged: "unchanged",
        AdviceFor: "Advice on",
        WhatYouCanDo: "Next steps for your role: {0}",
        KeepWatching: "Keep an eye on",
        Saying: "Worth remembering",
        LevelUnknown: "unknown",
        LevelLow: "low",
        LevelElevated: "elevated",
        LevelHigh: "high",
        ProgressSoFar: MessageTemplate.Parse("{answered, number} of {total, plural, one {# question} other {# questions}} answered", Language.En),
        Language: Language.En,
        HealthyTitle: "A healthy picture");

    public static CardTexts For(Language language) => language == Language.En ? English : Dutch;

    /// <summary>"4 december 2026" / "4 December 2026", in Amsterdam time; the same text on every machine (no ICU month names).</summary>
    public string Date(DateTimeOffset value) => DisplayDates.Date(value, Language);

    public string Level(RiskLevel level) => level switch
    {
        RiskLevel.Low => LevelLow,
        RiskLevel.Elevated => LevelElevated,
        RiskLevel.High => LevelHigh,
        _ => LevelUnknown,
    };
}
