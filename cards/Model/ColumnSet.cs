namespace PartnershipBot.Cards.Model;

/// <summary>Side-by-side columns; also how the progress and risk bars are drawn (weighted, coloured columns).</summary>
internal sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
