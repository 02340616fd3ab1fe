using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// The card root. Version 1.5 because Teams needs it for Action.Execute; <see cref="FallbackText"/> is what
/// clients that cannot render cards (and notifications) show, so it is required.
/// </summary>
internal sealed record AdaptiveCard(string FallbackText, IReadOnlyList<CardElement> Body)
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version => SchemaVersion;

    // No "lang": Microsoft's JS renderer (adaptivecards 3.0.6) checks it with a global regex whose lastIndex
    // carries over between cards, so every other card reports a valid "nl" as invalid (see docs/cards.md).
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Teams' extension: use the full chat width (the schema does not know it; tests strip it).</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions MsTeams { get; init; } = TeamsCardOptions.FullWidth;
}

/// <summary>The root <c>msteams</c> object.</summary>
internal sealed record TeamsCardOptions(string Width)
{
    public static TeamsCardOptions FullWidth { get; } = new("Full");
}
