using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>A button: the two actions the bot handles (their data always typed) and Action.ShowCard, which stays in the client.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
internal abstract record CardAction(string Title)
{
    public ActionStyle? Style { get; init; }

    /// <summary>Back/skip/stop send no inputs, so a required answer does not block them.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
