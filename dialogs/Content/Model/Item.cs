using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>
/// One question. <see cref="Pitfalls"/> weights (0–1] raise a pitfall's risk when the answer agrees;
/// <see cref="Lessons"/> weights (0–1] lower the risk of the pitfall that lesson protects against.
/// Context questions have a <see cref="Dimension"/> and no weights.
/// </summary>
internal sealed record Item(
    string Id,
    LocalText Text,
    LocalText Short,
    Scale Scale,
    IReadOnlyList<Role> Roles,
    bool InQuick,
    bool InFull,
    IReadOnlyDictionary<string, double> Pitfalls,
    IReadOnlyDictionary<string, double> Lessons,
    ContextDimension? Dimension,
    bool Required)
{
    public bool IsContext => Dimension is not null;
}
