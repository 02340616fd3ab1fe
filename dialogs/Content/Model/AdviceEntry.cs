using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>The advice for one pitfall: why, and 2–3 next steps per role.</summary>
internal sealed record AdviceEntry(
    string PitfallId,
    string LessonId,
    string? SayingId,
    LocalText Why,
    IReadOnlyDictionary<Role, IReadOnlyList<AdviceStepContent>> Steps);

/// <summary>
/// One next step. <paramref name="SkipItemId"/> / <paramref name="SkipValue"/> (advice.json <c>"skipWhen": "item=value"</c>):
/// the step is left out when that answer was given, so "agree a one-off start-up budget" is not advised to someone who
/// has just said there is one.
/// </summary>
internal sealed record AdviceStepContent(LocalText Text, string? SkipItemId = null, string? SkipValue = null)
{
    public bool AppliesTo(IReadOnlyDictionary<string, string> answers) =>
        SkipItemId is null || !answers.TryGetValue(SkipItemId, out var given) || given != SkipValue;
}
