namespace PartnershipBot.Cards.Model;

/// <summary>A labelled, required text field (the open question).</summary>
internal sealed record InputText(string Id, string Label, string ErrorMessage, int MaxLength) : CardElement
{
    public bool IsMultiline => true;

    public bool IsRequired => true;

    public string? Placeholder { get; init; }

    public string? Value { get; init; }
}
