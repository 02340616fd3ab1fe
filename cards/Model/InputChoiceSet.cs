namespace PartnershipBot.Cards.Model;

/// <summary>
/// A single choice, always expanded (radio buttons) so every labelled point of a scale is visible.
/// The label, required flag and error message are constructor arguments: an input cannot be built without them.
/// </summary>
internal sealed record InputChoiceSet(string Id, string Label, string ErrorMessage, IReadOnlyList<Choice> Choices)
    : CardElement
{
    public string Style => "expanded";

    public bool IsMultiSelect => false;

    public bool IsRequired => true;

    public bool Wrap => true;

    public string? Value { get; init; }
}

/// <summary>One option; the schema calls it Input.Choice and wants no <c>type</c> on it, so none is written.</summary>
internal sealed record Choice(string Title, string Value);
