using System.Text.Json.Nodes;
using PartnershipBot.Cards;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Turns;

/// <summary>
/// Renders domain outputs with the card builders of <c>cards/</c>. Each card is a JSON object over the
/// serialised element: until someone edits it, sending it copies that JSON rather than building and
/// walking a node tree.
/// </summary>
internal sealed class AdaptiveCardOutputRenderer : IOutputRenderer
{
    public IReadOnlyList<JsonObject> Render(BotOutput output) =>
        [.. CardRenderer.RenderAllElements(output).Select(card => JsonObject.Create(card)!)]; // a card is an object, never null
}
