using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Question cards as a quick check really starts: the first question, the same card once answered (it loses its
/// buttons) and after a typed answer it could not read (updated in place with a hint). The engine makes them, so the
/// host's wire cards equal these with only the generated check id and the date normalised.
/// </summary>
internal static class QuestionFlowSamples
{
    private static readonly Lazy<ConversationEngine> Engine = new(() =>
        new ConversationEngine(ContentCatalog.LoadEmbedded(), PitfallTextAnalyzer.Default.AsFreeTextAnalyzer()));

    public static BotOutput First(Language language) => new QuestionOutput(Started(language).Question);

    /// <summary>The first question after its first option was clicked.</summary>
    public static BotOutput FirstAnswered(Language language)
    {
        var (user, question) = Started(language);
        return user.Click(question, question.Options[0].Value, CheckSamples.Completed).OfType<AnswerRecordedOutput>().Single();
    }

    /// <summary>The first question again after a typed answer that matches none of its options.</summary>
    public static BotOutput FirstRetried(Language language)
    {
        var (user, _) = Started(language);
        return user.Say("misschien", CheckSamples.Completed).OfType<QuestionOutput>().Single();
    }

    /// <summary>The first question's card clicked again after the check finished: it becomes read-only, saying so.</summary>
    public static BotOutput FirstClickedAfterTheCheck(Language language)
    {
        var (user, first) = Started(language);
        var question = first;
        for (var turn = 0; turn < 60; turn++)
        {
            var outputs = user.Click(question, question.Options[0].Value, CheckSamples.Completed);
            if (outputs.OfType<ResultsOutput>().Any())
            {
                return user.Click(first, first.Options[1].Value, CheckSamples.Completed).OfType<ClosedCardOutput>().Single();
            }

            question = outputs.OfType<QuestionOutput>().Last().Question;
        }

        throw new InvalidOperationException("The sample check did not finish.");
    }

    private static (SampleUser User, QuestionView Question) Started(Language language)
    {
        var user = new SampleUser(Engine.Value, language);
        var question = user.Say(language == Language.Nl ? "snelle check" : "quick check", CheckSamples.Completed).OfType<QuestionOutput>().Last().Question;
        return (user, question);
    }
}
