using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>Why a group's scores are shown or not.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Visibility>))]
public enum Visibility
{
    /// <summary>Enough respondents and nothing to protect: shown.</summary>
    [JsonStringEnumMemberName("shown")] Shown,
    /// <summary>Fewer respondents than the minimum group size.</summary>
    [JsonStringEnumMemberName("tooFew")] TooFew,
    /// <summary>Big enough, but hidden so that a smaller hidden group cannot be worked out from the total.</summary>
    [JsonStringEnumMemberName("complementary")] Complementary,
}
