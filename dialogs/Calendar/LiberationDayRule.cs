using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// Whether 5 May is a day off. The law does not say; collective agreements differ, and many give it
/// only in lustrum years (2025, 2030, …), so it is a setting rather than a fact.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LiberationDayRule>))]
public enum LiberationDayRule
{
    [JsonStringEnumMemberName("never")] Never,
    [JsonStringEnumMemberName("lustrum")] LustrumYears,
    [JsonStringEnumMemberName("always")] EveryYear,
}
