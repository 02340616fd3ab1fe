using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>One message in both product languages, parsed; both read the same arguments (checked at load).</summary>
public sealed record LocalTemplate(MessageTemplate Nl, MessageTemplate En)
{
    public MessageTemplate this[Language language] => language == Language.Nl ? Nl : En;
}
