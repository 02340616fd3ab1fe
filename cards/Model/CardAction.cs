using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>A button. Only the two actions the bot handles exist here; their data is always typed.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
internal abstract record CardAction(string Title)
{
    public ActionStyle? Style { get; init; }

    /// <summary>Back/skip/stop send no inputs, so a required answer does not block them.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
