namespace PartnershipBot.Cards.Model;

/// <summary>A group of elements, optionally styled (a coloured background needs a text equivalent nearby).</summary>
internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public string? MinHeight { get; init; }

    public bool? Bleed { get; init; }
}
