namespace PartnershipBot.Cards.Model;

/// <summary>A paragraph or heading. <see cref="Wrap"/> defaults to true: Teams truncates unwrapped text.</summary>
internal sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    public TextBlockStyle? Style { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }
}
