using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Every card the bot can send, in both languages, including variants with the longest texts. The tests
/// (schema, size, golden, render) and the <c>cards --out DIR</c> command use exactly this list.
/// </summary>
internal static class CardSamples
{
    public static IReadOnlyList<(string Name, BotOutput Output)> Outputs() =>
    [
        .. PerLanguage("welcome", EngineSamples.Welcome),
        .. PerLanguage("welcome-shared", EngineSamples.SharedWelcome),
        .. PerLanguage("help", EngineSamples.Help),
        .. PerLanguage("help-shared", EngineSamples.SharedHelp),
        .. PerLanguage("check-shared", EngineSamples.SharedCheck),
        .. PerLanguage("not-understood", EngineSamples.NotUnderstood),
        .. PerLanguage("privacy", EngineSamples.Privacy),
        .. PerLanguage("question", language => new QuestionOutput(QuestionSamples.Scale(language))),
        .. PerLanguage("question-context", language => new QuestionOutput(QuestionSamples.Context(language))),
        .. PerLanguage("question-freetext", language => new QuestionOutput(QuestionSamples.FreeText(language))),
        .. PerLanguage("question-longest", language => new QuestionOutput(QuestionSamples.Longest(language))),
        .. PerLanguage("question-first", QuestionFlowSamples.First),
        .. PerLanguage("question-first-answered", QuestionFlowSamples.FirstAnswered),
        .. PerLanguage("question-first-retried", QuestionFlowSamples.FirstRetried),
        .. PerLanguage("answered", language => new AnswerRecordedOutput(QuestionSamples.Scale(language), QuestionSamples.AnswerLabel(language))),
        .. PerLanguage("results", CheckSamples.AtRisk),
        .. PerLanguage("results-healthy", CheckSamples.Healthy),
        .. PerLanguage("results-full", CheckSamples.Full),
        .. PerLanguage("history", CheckSamples.History),
        .. PerLanguage("resume", CheckSamples.Resume),
        .. PerLanguage("situation", SituationSamples.AllThree),
        .. PerLanguage("confirm-erase", EngineSamples.ConfirmErase),
        .. PerLanguage("confirm-erase-done", EngineSamples.Erased),
        .. PerLanguage("question-first-after-check", QuestionFlowSamples.FirstClickedAfterTheCheck),
        .. PerLanguage("advice", AdvisorSamples.PerRole),
        .. PerLanguage("advice-role", AdvisorSamples.ForOneRole),
        .. PerLanguage("advice-model", AdvisorSamples.WordedByModel),
        .. PerLanguage("advisor-redirect", AdvisorSamples.Redirect),
    ];

    /// <summary>
    /// The outputs rendered. An output with several cards (results) gives "name", then "name-2", "name-3"...
    /// </summary>
    public static IReadOnlyList<CardSample> All() =>
    [
        .. Outputs().SelectMany(sample => CardRenderer.RenderAll(sample.Output)
            .Select((card, index) => new CardSample(index == 0 ? sample.Name : Suffixed(sample.Name, index + 1), card))),
        .. HostCardSamples.All(),
    ];

    /// <summary>"results-nl" + 2 → "results-nl-2": the language stays next to the name's stem.</summary>
    private static string Suffixed(string name, int number) => name + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<(string, BotOutput)> PerLanguage(string stem, Func<Language, BotOutput> create) =>
    [
        (stem + "-nl", create(Language.Nl)),
        (stem + "-en", create(Language.En)),
    ];
}
