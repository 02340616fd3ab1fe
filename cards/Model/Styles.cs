using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

// The enum names below are the exact spellings of the 1.5 schema. The schema's own case-insensitive
// patterns are badly anchored (almost any string passes), so exact values are enforced here instead.

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
internal enum Spacing
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("small")] Small,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("large")] Large,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
internal enum TextSize
{
    [JsonStringEnumMemberName("small")] Small,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("large")] Large,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
internal enum TextWeight
{
    [JsonStringEnumMemberName("lighter")] Lighter,
    [JsonStringEnumMemberName("bolder")] Bolder,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
internal enum TextColor
{
    [JsonStringEnumMemberName("accent")] Accent,
    [JsonStringEnumMemberName("good")] Good,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("attention")] Attention,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
internal enum TextBlockStyle
{
    [JsonStringEnumMemberName("heading")] Heading,
}

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
internal enum ContainerStyle
{
    [JsonStringEnumMemberName("emphasis")] Emphasis,
    [JsonStringEnumMemberName("good")] Good,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("attention")] Attention,
    [JsonStringEnumMemberName("accent")] Accent,
}

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
internal enum ActionStyle
{
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("destructive")] Destructive,
}

[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
internal enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")] Auto,
    [JsonStringEnumMemberName("None")] None,
}

[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
internal enum VerticalAlignment
{
    [JsonStringEnumMemberName("top")] Top,
    [JsonStringEnumMemberName("center")] Center,
}
