using System.Text.Json.Nodes;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Rounds;

/// <summary>Activities for the round feature, and answering a turn the way its kind expects (invoke or message).</summary>
internal static class RoundReplies
{
    public static Activity Card(JsonObject card) => new() { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public static bool IsInvoke(TurnContext turn) => string.Equals(turn.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);

    /// <summary>A short answer only the clicker sees for Action.Execute; a message otherwise.</summary>
    public static async Task ReplyAsync(TurnContext turn, string text, CancellationToken ct)
    {
        if (IsInvoke(turn))
        {
            turn.InvokeResponse = InvokeResponse.Message(text);
            return;
        }

        await turn.SendActivityAsync(Text(text), ct);
    }

    /// <summary>Answers an invoke that produced no private message, so the client does not show an error.</summary>
    public static void Acknowledge(TurnContext turn)
    {
        if (IsInvoke(turn) && turn.InvokeResponse is null)
        {
            turn.InvokeResponse = InvokeResponse.Message(string.Empty);
        }
    }

    public static ConversationReference ReferenceOf(Activity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        return reference;
    }

    /// <summary>Where to post in a round's channel later: the conversation, not the person who started it (their id would travel as the recipient).</summary>
    public static ConversationReference ChannelReferenceOf(Activity activity)
    {
        var reference = ReferenceOf(activity);
        reference.User = null;
        return reference;
    }
}
