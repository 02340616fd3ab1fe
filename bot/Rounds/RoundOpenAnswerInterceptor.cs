using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Storage;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

/// <summary>
/// Takes the answer to a round's optional open question (asked by <see cref="RoundResultRecorder"/>):
/// the text analyzer reads which pitfalls it touches, those ids become the participant's themes in the
/// round, and the words themselves are neither stored nor logged. Anything that is not an answer ends
/// the wait and goes on as usual: a command, or text while a new check is running.
/// </summary>
internal sealed partial class RoundOpenAnswerInterceptor(
    RoundStore store, StateAccessor state, ConversationEngine engine, PitfallTextAnalyzer analyzer, ILogger<RoundOpenAnswerInterceptor> logger) : ITurnInterceptor
{
    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        // Card clicks (no typed text) leave at once, before the mapping: most turns are clicks.
        if (string.IsNullOrWhiteSpace(activity.Text) || activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is not { } userId
            || activity.Conversation?.ConversationType is not (null or "personal")
            || ActivityInputMapper.Map(activity).Input is not TextInput { Text: { Length: > 0 } text })
        {
            return false;
        }

        var key = RoundKeys.Participation(activity);
        var participation = await store.ParticipationAsync(key, cancellationToken);
        if (!participation.IsAwaitingOpenAnswer)
        {
            return false;
        }

        var roundIds = participation.AwaitingOpenAnswer!;
        await store.UpdateParticipationAsync(key, p => p with { AwaitingOpenAnswer = null }, cancellationToken);
        var (conversation, user) = await state.ReadAsync(
            StateKeys.Conversation(activity), ConversationDocument.Empty, StateKeys.User(activity), UserDocument.Empty, cancellationToken);
        if (conversation.Value.Dialog.Check is { Paused: false })
        {
            // Text typed while a check is running answers the check, not the round's question.
            return false;
        }

        // The engine's language rule, so the reply matches the question: the user's chosen language
        // first (people often run Teams in English and chat in Dutch), else the client's locale.
        var ui = RoundUi.For(user.Value.Profile.PreferredLanguage ?? RoundUi.LanguageOf(activity.Locale));
        if (RoundUi.IsSkip(text))
        {
            // Before the commands: "overslaan" is also the engine's word for skipping a question.
            await RoundReplies.ReplyAsync(turnContext, ui.OpenAnswerSkipped, cancellationToken);
            return true;
        }

        if (engine.IsCommand(text))
        {
            return false;
        }

        var themes = RoundThemes.Of(analyzer, text, ui.Language);
        foreach (var roundId in roundIds)
        {
            await store.UpdateAsync(tenantId, roundId, d => d with { Round = d.Round.WithThemes(userId, themes) }, cancellationToken);
        }

        LogThemesRecorded(logger, themes.Count, roundIds.Count);
        await RoundReplies.ReplyAsync(
            turnContext,
            themes.Count == 0 ? ui.OpenAnswerNoTheme : ui.OpenAnswerCounted(string.Join(", ", themes.Select(ui.PitfallName))),
            cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 5509, Level = LogLevel.Information, Message = "Rounds: an open answer gave {Themes} themes for {Rounds} rounds (its words are not kept)")]
    private static partial void LogThemesRecorded(ILogger logger, int themes, int rounds);
}
