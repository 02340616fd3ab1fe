using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Calendar;

/// <summary>
/// Which of the user's partnerships a command means: one <see cref="Found"/>, or several of the same name to
/// choose from (<see cref="Choices"/>), or none the user may open.
/// </summary>
internal sealed record PartnershipLookup(Partnership? Found, IReadOnlyList<Partnership> Choices)
{
    public static PartnershipLookup None { get; } = new(null, []);

    public bool IsAmbiguous => Found is null && Choices.Count > 1;
}
