using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// A body element. The <c>type</c> discriminator is written by System.Text.Json from the derived type,
/// so a card can only contain elements this model knows, each spelt the way the 1.5 schema expects.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
internal abstract record CardElement
{
    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
