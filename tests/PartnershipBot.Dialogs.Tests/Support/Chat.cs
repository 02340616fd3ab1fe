using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>
/// A transcript driver: the user says something, the engine answers; state and profile are carried between
/// turns exactly as a host would carry them. <see cref="RestartHost"/> round-trips both through JSON.
/// </summary>
internal sealed class Chat
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly ConversationEngine _engine;

    public Chat(string? locale = "nl-NL", FreeTextAnalyzer? analyzer = null)
    {
        _engine = new ConversationEngine(TestContent.Catalog, analyzer);
        Locale = locale;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public string? Locale { get; set; }

    /// <summary>True to talk as in a channel or group chat.</summary>
    public bool Shared { get; set; }

    public DialogState State { get; private set; } = DialogState.Empty;

    public UserProfile Profile { get; set; } = UserProfile.Empty;

    public IReadOnlyList<BotOutput> Last { get; private set; } = [];

    /// <summary>The result snapshot the last turn asked the host to keep (null when no check finished).</summary>
    public ResultSnapshot? LastSnapshot { get; private set; }

    public IReadOnlyList<BotOutput> Say(string text) => Send(new TextInput(text));

    public IReadOnlyList<BotOutput> Click(QuestionView question, string action, string? answer = null)
    {
        var data = new Dictionary<string, string>
        {
            [CardFields.Action] = action,
            [CardFields.CheckId] = question.CheckId,
            [CardFields.ItemId] = question.ItemId,
            [CardFields.BankVersion] = question.BankVersion,
        };
        if (answer is not null)
        {
            data[CardFields.Answer] = answer;
        }

        return Send(new CardInput(data));
    }

    public IReadOnlyList<BotOutput> Button(string action) =>
        Send(new CardInput(new Dictionary<string, string> { [CardFields.Action] = action }));

    public IReadOnlyList<BotOutput> Send(UserInput input) => Handle(input).Outputs;

    /// <summary>One turn, with everything the engine asks of the host (erase, keep a snapshot).</summary>
    public TurnResult Handle(UserInput input)
    {
        var result = _engine.Handle(new TurnRequest(State, Profile, input, Locale, Time.GetUtcNow()) { InSharedChat = Shared });
        State = result.State;
        Profile = result.Profile;
        Last = result.Outputs;
        LastSnapshot = result.Snapshot;
        return result;
    }

    /// <summary>The question the bot asked last.</summary>
    public QuestionView Question => Last.OfType<QuestionOutput>().Last().Question;

    public CheckReportAccessor Results => new(Last.OfType<ResultsOutput>().Single().Report);

    /// <summary>As if the host restarted: only what was serialised survives.</summary>
    public void RestartHost()
    {
        State = JsonSerializer.Deserialize<DialogState>(JsonSerializer.Serialize(State, Web), Web)!;
        Profile = JsonSerializer.Deserialize<UserProfile>(JsonSerializer.Serialize(Profile, Web), Web)!;
    }

    /// <summary>Answers every remaining question with the same typed answer (context questions with option 1).</summary>
    public void AnswerAll(string answer)
    {
        while (Last.OfType<QuestionOutput>().LastOrDefault() is { } q)
        {
            Say(q.Question.IsContext ? "1" : q.Question.Kind == QuestionKind.FreeText ? "geen zorgen" : q.Question.Kind == QuestionKind.YesPartlyNo ? "ja" : answer);
        }
    }
}
