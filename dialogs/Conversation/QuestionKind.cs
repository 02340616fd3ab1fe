using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>How a question is answered; decides how a card renders it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    /// <summary>Five labelled points from "helemaal oneens" (1) to "helemaal eens" (5).</summary>
    [JsonStringEnumMemberName("scale5")] Scale5,
    /// <summary>Yes / partly / no / don't know.</summary>
    [JsonStringEnumMemberName("yesPartlyNo")] YesPartlyNo,
    /// <summary>Pick one of the listed options (context questions use this too).</summary>
    [JsonStringEnumMemberName("choice")] Choice,
    /// <summary>An open answer typed by the user.</summary>
    [JsonStringEnumMemberName("freeText")] FreeText,
}
