using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// A column width: "auto", "stretch", or a relative weight (written as a JSON number, as the schema allows).
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
internal sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int weight)
    {
        Keyword = keyword;
        Weight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public string? Keyword { get; }

    public int Weight { get; }

    public static ColumnWidth Weighted(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number
                ? Weighted(reader.GetInt32())
                : reader.GetString() switch
                {
                    "auto" => Auto,
                    "stretch" => Stretch,
                    var other => throw new JsonException("Unsupported column width: " + other),
                };

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.Keyword is { } keyword)
            {
                writer.WriteStringValue(keyword);
            }
            else
            {
                writer.WriteNumberValue(value.Weight);
            }
        }
    }
}
