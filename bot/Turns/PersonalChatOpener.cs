using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Turns;

/// <summary>
/// "Go to my personal chat" in a channel or group chat: the bot opens the user's 1:1 chat proactively (as
/// a round's "Take part" does) and sends the welcome there, with the buttons that start the check. The
/// shared chat sees nothing of it; only the clicker gets a short private acknowledgement (Action.Execute).
/// </summary>
internal sealed partial class PersonalChatOpener(
    ConversationEngine engine,
    ContentCatalog content,
    StateAccessor state,
    IProactiveSender sender,
    IOutputRenderer renderer,
    TimeProvider time,
    ILogger<PersonalChatOpener> logger) : ITurnInterceptor
{
    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (ActivityInputMapper.Map(activity).Input is not CardInput card
            || card.Data.GetValueOrDefault(CardFields.Action) != CardActions.OpenPersonal
            || activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is not { Length: > 0 } || activity.Recipient is null)
        {
            return false;
        }

        var profile = (await state.ReadAsync(StateKeys.User(activity), UserDocument.Empty, cancellationToken)).Value.Profile ?? UserProfile.Empty;
        var language = profile.PreferredLanguage ?? Languages.FromLocale(activity.Locale);
        var welcome = engine.Handle(new TurnRequest(DialogState.Empty, profile, new ConversationUpdateInput(BotAdded: true), activity.Locale, time.GetUtcNow()))
            .Outputs.OfType<WelcomeOutput>().First();
        welcome = welcome with { Text = content.Message("personal.intro", language) + "\n\n" + welcome.Text };
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = Languages.Culture(language),
            Attachments = [.. renderer.Render(welcome).Select(Attachment.AdaptiveCard)],
        };
        var result = await sender.SendToUserAsync(activity.ServiceUrl!, activity.ChannelId!, tenantId, activity.Recipient, activity.From, message, cancellationToken);
        LogOpened(logger, result.Status);
        var sent = result.Status == ProactiveStatus.Sent;
        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            turnContext.InvokeResponse = InvokeResponse.Message(content.Message(sent ? "personal.opened" : "personal.notReached", language));
        }
        else if (!sent)
        {
            // Action.Submit can only answer in the shared chat; the failure says nothing about the user.
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = content.Message("personal.notReached", language) }, cancellationToken);
        }

        return true;
    }

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Opened a personal chat from a shared one: {Status}")]
    private static partial void LogOpened(ILogger logger, ProactiveStatus status);
}
