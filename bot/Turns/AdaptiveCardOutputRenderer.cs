using System.Text.Json.Nodes;
using PartnershipBot.Cards;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Turns;

/// <summary>Renders domain outputs with the card builders of <c>cards/</c>.</summary>
internal sealed class AdaptiveCardOutputRenderer : IOutputRenderer
{
    public IReadOnlyList<JsonObject> Render(BotOutput output) => CardRenderer.RenderAll(output);
}
