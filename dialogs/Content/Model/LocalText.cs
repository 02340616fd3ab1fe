using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>A text in both product languages.</summary>
internal sealed record LocalText(string Nl, string En)
{
    public string this[Language language] => language == Language.Nl ? Nl : En;
}
