namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Keys of <see cref="CardInput.Data"/> that the engine reads. Cards put them in their submit data.</summary>
public static class CardFields
{
    /// <summary>One of <see cref="CardActions"/>.</summary>
    public const string Action = "action";
    /// <summary>The <see cref="QuestionView.CheckId"/> the card was rendered for.</summary>
    public const string CheckId = "checkId";
    /// <summary>The <see cref="QuestionView.ItemId"/> the card was rendered for.</summary>
    public const string ItemId = "itemId";
    /// <summary>The <see cref="QuestionView.BankVersion"/> the card was rendered for.</summary>
    public const string BankVersion = "bankVersion";
    /// <summary>The chosen <see cref="AnswerOption.Value"/>, or the typed text of a free-text question.</summary>
    public const string Answer = "answer";
    /// <summary>With <see cref="CardActions.Language"/>: "nl" or "en".</summary>
    public const string Language = "language";
    /// <summary>
    /// The language a question card was written in ("nl" or "en"). When the user has no stored preference (after
    /// "delete my data", say), the reply to a press on that card comes in the card's language, not the client's locale.
    /// </summary>
    public const string CardLanguage = "cardLanguage";
    /// <summary>On the "delete my data" buttons: which request they answer (<see cref="DialogState.PendingErasure"/>).</summary>
    public const string Erasure = "erasure";
}
