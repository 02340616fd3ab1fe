using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// One column. Not a <see cref="CardElement"/>: the schema allows columns only inside a ColumnSet,
/// and the type system says the same. An empty, styled column with a <see cref="MinHeight"/> is a bar segment.
/// </summary>
internal sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public string? MinHeight { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }
}
