namespace PartnershipBot.Protocol.Hosting;

/// <summary>The bot's turn logic, called once per inbound activity (the SDK's IBot).</summary>
internal interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
