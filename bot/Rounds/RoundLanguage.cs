using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Teams;

namespace PartnershipBot.Rounds;

/// <summary>The language to answer a round message in: the typed command's words first, else the client's locale.</summary>
internal static class RoundLanguage
{
    public static Language Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return RoundCommand.Parse(activity.TextWithoutBotMention()) is { } command
            ? command.Language
            : RoundUi.LanguageOf(activity.Locale);
    }
}
