using Microsoft.Extensions.Options;
using PartnershipBot.Cards.Reports;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Rounds;
using PartnershipBot.Teams;
using PartnershipBot.Turns;

namespace PartnershipBot.Reports;

/// <summary>
/// <c>ronde rapport</c> in the 1:1 chat of a round's consultant or an admin: a card with short-lived signed
/// links to the report. The round is the named one, or the asker's latest round as consultant (an admin's:
/// the tenant's latest). A channel is pointed to the personal chat, so links never land where others see them.
/// </summary>
internal sealed class ReportInterceptor(RoundStore store, LinkAddresses addresses, IOptions<RoundsOptions> rounds, IOptions<ReportsOptions> options, ILogger<ReportInterceptor> logger) : ITurnInterceptor
{
    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is null
            || ActivityInputMapper.Map(activity).Input is not TextInput || ReportCommand.Parse(activity.TextWithoutBotMention()) is not { } command)
        {
            return false;
        }

        var ui = RoundUi.For(command.Language);
        if (activity.Conversation?.ConversationType is not (null or "personal"))
        {
            await RoundReplies.ReplyAsync(turnContext, command.Language == Language.Nl
                ? "Het rapport vraagt u op in uw persoonlijke chat met de bot: typ daar 'ronde rapport'."
                : "Ask for the report in your personal chat with the bot: type 'round report' there.", cancellationToken);
            return true;
        }

        var document = await FindAsync(tenantId, activity.From, command.RoundId, cancellationToken);
        if (document is null)
        {
            RoundsLog.Refused(logger, command.RoundId ?? "-", "report");
            await RoundReplies.ReplyAsync(turnContext, command.RoundId is null ? ui.NoRound : ui.NotAllowed, cancellationToken);
            return true;
        }

        var round = document.Round;
        var language = command.Language;
        var other = language == Language.Nl ? Language.En : Language.Nl;
        Uri Link(string format, Language l) => addresses.For(new SignedLink(tenantId, RoundReports.Kind, round.Id, null, format, l == Language.Nl ? "nl" : "en", 0));
        var card = ReportLinkCard.Build(
            round.PartnershipName,
            round.FinalRelease is { } final ? RoundResultsBuilder.Build(round, final, language).Summary : round.PartnershipName,
            options.Value.LinkMinutes,
            language,
            Link(ReportFormat.Html, language),
            Link(ReportFormat.Pdf, language),
            Link(ReportFormat.Csv, language),
            Link(ReportFormat.Html, other));
        ReportsLog.Issued(logger, "all");
        await turnContext.SendActivityAsync(RoundReplies.Card(card), cancellationToken);
        return true;
    }

    /// <summary>The round if the user runs it or is an admin; by id, or their latest one.</summary>
    private async Task<RoundDocument?> FindAsync(string tenantId, ChannelAccount user, string? roundId, CancellationToken ct)
    {
        var admin = rounds.Value.IsAdmin(user.Id, user.AadObjectId);
        if (roundId is not null)
        {
            var named = await store.GetAsync(tenantId, roundId, ct);
            return named is not null && (admin || named.Round.ConsultantId == user.Id) ? named : null;
        }

        foreach (var entry in (await store.IndexAsync(tenantId, ct)).Rounds.OrderByDescending(r => r.CreatedAt))
        {
            if (await store.GetAsync(tenantId, entry.Id, ct) is { } document && (admin || document.Round.ConsultantId == user.Id))
            {
                return document;
            }
        }

        return null;
    }
}
