namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// A check in progress (or paused). The question order is recomputed from the bank each turn, so
/// <see cref="Position"/> plus <see cref="Answers"/> is all there is: no step bags.
/// </summary>
public sealed record ActiveCheck(
    string CheckId,
    CheckKind Kind,
    string BankVersion,
    DateTimeOffset StartedAt,
    int Position,
    IReadOnlyList<AnswerEntry> Answers,
    IReadOnlyList<string> CarriedItemIds,
    int InvalidTries,
    bool Paused);
