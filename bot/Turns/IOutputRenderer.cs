using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Turns;

/// <summary>Turns a domain output into the Adaptive Cards that show it (none for plain text).</summary>
internal interface IOutputRenderer
{
    IReadOnlyList<JsonObject> Render(BotOutput output);
}
