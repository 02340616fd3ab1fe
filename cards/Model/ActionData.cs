using System.Text.Json.Serialization;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// The hidden data of a button, named after <see cref="CardFields"/>. A question's buttons carry the check,
/// item and item-bank version so the engine can recognise a card from an earlier question or bank.
/// </summary>
internal sealed record ActionData(string Action)
{
    public string? CheckId { get; init; }

    public string? ItemId { get; init; }

    public string? BankVersion { get; init; }

    public string? Language { get; init; }

    public string? CardLanguage { get; init; }

    /// <summary>The "delete my data" request a confirm or cancel button answers.</summary>
    public string? Erasure { get; init; }

    /// <summary>"Maak actie": the action form's prefilled description and the advice it links back to.</summary>
    [JsonPropertyName(ActionCardActions.Description)]
    public string? ActionDescription { get; init; }

    [JsonPropertyName(ActionCardActions.Source)]
    public string? ActionSource { get; init; }

    [JsonPropertyName(ActionCardActions.SourceTitle)]
    public string? ActionSourceTitle { get; init; }

    [JsonPropertyName(ActionCardActions.Language)]
    public string? ActionLanguage { get; init; }
}
