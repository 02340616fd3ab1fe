using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

internal sealed partial class Turn
{
    /// <summary>
    /// A question or a described situation answered by the advisor, or a polite redirect for an off-topic or
    /// abusive one. Null without an advisor, or for text it leaves to the situation reading and the help.
    /// </summary>
    private BotOutput? Advise(string text)
    {
        if (_advisor is null)
        {
            return null;
        }

        var role = _profile.History.Count > 0 ? _profile.History[0].Role : (Role?)null;
        return _advisor.Advise(text, _language, role);
    }
}
