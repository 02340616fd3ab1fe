using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Scheduling;

/// <summary>The reminder commands, whole-message matches in Dutch and English.</summary>
internal static class ReminderCommand
{
    private static readonly HashSet<string> List = new(StringComparer.OrdinalIgnoreCase) { "herinneringen", "reminders" };
    private static readonly HashSet<string> FollowUp = new(StringComparer.OrdinalIgnoreCase) { "opvolging", "follow-up", "follow up", "followup" };

    public static bool IsList(string text) => List.Contains(Normalise(text));

    public static bool IsFollowUp(string text) => FollowUp.Contains(Normalise(text));

    /// <summary>Dutch for "herinneringen"/"opvolging", English for "reminders"/"follow-up"; null for anything else.</summary>
    public static Language? LanguageOf(string text) => Normalise(text).ToLowerInvariant() switch
    {
        "herinneringen" or "opvolging" => Language.Nl,
        "reminders" or "follow-up" or "follow up" or "followup" => Language.En,
        _ => null,
    };

    private static string Normalise(string text) => text.Trim().TrimEnd('.', '!', '?').Trim();
}
