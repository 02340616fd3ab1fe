using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>The card inside an Action.ShowCard: a body only (version, fallback and Teams width come from the outer card).</summary>
internal sealed record ShownCard(IReadOnlyList<CardElement> Body)
{
    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";
}
