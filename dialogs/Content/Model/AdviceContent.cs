namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>Advice texts, sayings and the healthy-result texts.</summary>
internal sealed record AdviceContent(
    IReadOnlyDictionary<string, LocalText> Sayings,
    IReadOnlyList<AdviceEntry> Advice,
    LocalText HealthyRecognition,
    string? HealthySayingId,
    IReadOnlyDictionary<string, LocalText> KeepWatching)
{
    public AdviceEntry? For(string pitfallId) => Advice.FirstOrDefault(a => a.PitfallId == pitfallId);
}
