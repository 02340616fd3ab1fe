using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

/// <summary>
/// Round commands and round card actions, before the conversation engine: they need storage across
/// users and proactive messages, which the pure engine must not do. Everything else passes through.
/// </summary>
internal sealed class RoundsInterceptor(RoundStarter starter, RoundJoinHandler joiner, RoundManager manager, RoundLeaver leaver, RoundLanguages languages) : ITurnInterceptor
{
    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is null || activity.Conversation?.Id is null)
        {
            return false;
        }

        var input = ActivityInputMapper.Map(activity).Input;
        if (input is TextInput text && RoundCommand.Parse(text.Text) is { } command)
        {
            await HandleCommandAsync(turnContext, tenantId, command, cancellationToken);
            return true;
        }

        if (input is CardInput card && card.Data.TryGetValue(CardFields.Action, out var action) && RoundCardActions.All.Contains(action))
        {
            await HandleCardAsync(turnContext, tenantId, action, card.Data, cancellationToken);
            return true;
        }

        return false;
    }

    private Task HandleCommandAsync(TurnContext turn, string tenantId, RoundCommand command, CancellationToken ct) => command.Kind switch
    {
        RoundCommandKind.Start when !RoundStarter.IsGroupConversation(turn) => OnlyInGroupAsync(turn, ct),
        RoundCommandKind.Start when command.Argument is null => starter.ShowFormAsync(turn, null, ct),
        RoundCommandKind.Start => starter.StartAsync(turn, tenantId, command.Argument!, null, null, ct),
        RoundCommandKind.Close => manager.CloseAsync(turn, tenantId, command.Argument, ct),
        RoundCommandKind.Results => manager.ResultsAsync(turn, tenantId, command.Argument, ct),
        _ => leaver.LeaveAsync(turn, tenantId, ct),
    };

    private Task HandleCardAsync(TurnContext turn, string tenantId, string action, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var roundId = data.GetValueOrDefault(RoundCardActions.RoundId);
        return action switch
        {
            RoundCardActions.Start when !RoundStarter.IsGroupConversation(turn) => OnlyInGroupAsync(turn, ct),
            RoundCardActions.Start when string.IsNullOrWhiteSpace(data.GetValueOrDefault(RoundCardActions.Name)) => starter.ShowFormAsync(turn, null, ct),
            RoundCardActions.Start => starter.StartAsync(turn, tenantId, data[RoundCardActions.Name], data.GetValueOrDefault(RoundCardActions.ClosingDate), data.GetValueOrDefault(RoundCardActions.MinimumSize), ct),
            RoundCardActions.Join => joiner.HandleAsync(turn, tenantId, roundId, ct),
            RoundCardActions.Close => manager.CloseAsync(turn, tenantId, roundId ?? string.Empty, ct),
            RoundCardActions.Results => manager.ResultsAsync(turn, tenantId, roundId ?? string.Empty, ct),
            RoundCardActions.OptOut => manager.OptOutAsync(turn, tenantId, roundId ?? string.Empty, ct),
            RoundCardActions.Release => manager.ReleaseAsync(turn, tenantId, roundId ?? string.Empty, ct),
            RoundCardActions.Share => manager.ShareAsync(turn, tenantId, roundId ?? string.Empty, data.GetValueOrDefault(RoundCardActions.Sequence), ct),
            RoundCardActions.RemindNonRespondents => manager.RemindNonRespondentsAsync(turn, tenantId, roundId ?? string.Empty, data.GetValueOrDefault(RoundCardActions.Days), ct),
            _ => manager.RecheckAsync(turn, tenantId, roundId ?? string.Empty, data.GetValueOrDefault(RoundCardActions.Months), ct),
        };
    }

    private async Task OnlyInGroupAsync(TurnContext turn, CancellationToken ct) =>
        await RoundReplies.ReplyAsync(turn, RoundUi.For(await languages.InTurnAsync(turn.Activity, ct)).OnlyInGroup, ct);
}
