using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>One user talking to the engine, with state and profile carried between turns as the host carries them.</summary>
internal sealed class SampleUser(ConversationEngine engine, Language language)
{
    private DialogState _state = DialogState.Empty;
    private UserProfile _profile = UserProfile.Empty with { PreferredLanguage = language };

    public IReadOnlyList<BotOutput> Say(string text, DateTimeOffset now) => Send(new TextInput(text), now);

    public ResultsOutput QuickCheck(DateTimeOffset now, Func<QuestionView, string> answer) =>
        Check(language == Language.Nl ? "snelle check" : "quick check", now, answer);

    /// <summary>Starts a check with <paramref name="command"/> and answers every question by card, as a click would.</summary>
    public ResultsOutput Check(string command, DateTimeOffset now, Func<QuestionView, string> answer)
    {
        var outputs = Say(command, now);
        for (var turn = 0; turn < 60; turn++)
        {
            if (outputs.OfType<ResultsOutput>().FirstOrDefault() is { } results)
            {
                return results;
            }

            var question = outputs.OfType<QuestionOutput>().Last().Question;
            outputs = Click(question, answer(question), now);
        }

        throw new InvalidOperationException("The sample check did not finish.");
    }

    /// <summary>Clicks <paramref name="value"/> on <paramref name="question"/>'s card (an empty value: "Overslaan").</summary>
    public IReadOnlyList<BotOutput> Click(QuestionView question, string value, DateTimeOffset now)
    {
        var data = new Dictionary<string, string>
        {
            [CardFields.CheckId] = question.CheckId,
            [CardFields.ItemId] = question.ItemId,
            [CardFields.BankVersion] = question.BankVersion,
        };
        if (value.Length == 0)
        {
            data[CardFields.Action] = CardActions.Skip;
        }
        else
        {
            data[CardFields.Action] = CardActions.Answer;
            data[CardFields.Answer] = value;
        }

        return Send(new CardInput(data), now);
    }

    private IReadOnlyList<BotOutput> Send(UserInput input, DateTimeOffset now)
    {
        var result = engine.Handle(new TurnRequest(_state, _profile, input, language == Language.Nl ? "nl-NL" : "en-GB", now));
        _state = result.State;
        _profile = result.Profile;
        return result.Outputs;
    }
}
