namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The answer to <paramref name="Question"/> was stored. The bot may use it to replace the clicked card
/// by a read-only version showing <paramref name="AnswerLabel"/>.
/// </summary>
public sealed record AnswerRecordedOutput(QuestionView Question, string AnswerLabel) : BotOutput
{
    /// <summary>The question was skipped: <see cref="AnswerLabel"/> says so and is no answer ("Uw antwoord: Overgeslagen" was wrong).</summary>
    public bool Skipped { get; init; }
}
