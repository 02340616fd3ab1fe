using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Storage;

namespace PartnershipBot.Turns;

/// <summary>
/// "Open this result" on the history card: shows the stored result card and its advice exactly as they were
/// sent when the check finished (a snapshot, not recomputed with today's item bank), in the user's stored
/// language. Never in a shared chat, where others read along.
/// </summary>
internal sealed partial class ResultReopener(
    ContentCatalog content,
    StateAccessor state,
    OutputSender sender,
    ILogger<ResultReopener> logger) : ITurnInterceptor
{
    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (ActivityInputMapper.Map(activity).Input is not CardInput card
            || card.Data.GetValueOrDefault(CardFields.Action) != CardActions.ReopenResult)
        {
            return false;
        }

        var userKey = StateKeys.User(activity);
        var profile = (await state.ReadAsync(userKey, UserDocument.Empty, cancellationToken)).Value.Profile ?? UserProfile.Empty;
        var language = profile.PreferredLanguage ?? Languages.FromLocale(activity.Locale);
        if (Teams.ConversationScope.IsShared(activity))
        {
            await sender.SendAsync(turnContext, [new TextOutput(content.Message("shared.history", language))], cancellationToken);
            return true;
        }

        var checkId = card.Data.GetValueOrDefault(CardFields.CheckId);
        // Only an id from the user's own history is looked up: the key is under their prefix anyway.
        var snapshot = checkId is { Length: > 0 } && profile.History.Any(e => e.Kept && e.CheckId == checkId)
            ? await state.TryReadAsync<ResultSnapshot>(StateKeys.Result(userKey, checkId), cancellationToken)
            : null;
        LogReopened(logger, snapshot is not null);
        BotOutput output = snapshot is null
            ? new TextOutput(content.Format("history.reopenGone", language, ("count", content.MaxHistory)))
            : new ResultsOutput(snapshot.For(language));
        await sender.SendAsync(turnContext, [output], cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 2120, Level = LogLevel.Information, Message = "Reopened a stored result: {Found}")]
    private static partial void LogReopened(ILogger logger, bool found);
}
