using System.Text.Json.Nodes;

namespace PartnershipBot.Cards.Samples;

/// <summary>One rendered card sample: a file-safe name (e.g. "question-nl") and the card JSON.</summary>
internal sealed record CardSample(string Name, JsonObject Card);
