using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// The hidden data of a button, named after <see cref="CardFields"/>. A question's buttons carry the check,
/// item and item-bank version so the engine can recognise a card from an earlier question or bank.
/// </summary>
internal sealed record ActionData(string Action)
{
    public string? CheckId { get; init; }

    public string? ItemId { get; init; }

    public string? BankVersion { get; init; }

    public string? Language { get; init; }
}
