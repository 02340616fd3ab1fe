namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Values of <see cref="CardFields.Action"/>. The question actions (answer, back, skip, stop) must carry
/// checkId/itemId/bankVersion so the engine can recognise a stale card; the others need nothing else.
/// </summary>
public static class CardActions
{
    public const string Answer = "answer";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Stop = "stop";
    public const string QuickCheck = "quickCheck";
    public const string FullCheck = "fullCheck";
    public const string Resume = "resume";
    public const string Restart = "restart";
    public const string Help = "help";
    public const string Privacy = "privacy";
    public const string History = "history";
    /// <summary>Opens the form to plan a follow-up reminder on an agreed action (handled by the host's reminders).</summary>
    public const string FollowUp = "followUp";
    /// <summary>Asks to confirm erasing everything stored about the user.</summary>
    public const string DeleteData = "deleteData";
    /// <summary>The user confirmed: erase everything stored about them.</summary>
    public const string DeleteDataConfirmed = "deleteDataConfirmed";
    /// <summary>The user changed their mind about erasing.</summary>
    public const string DeleteDataCancelled = "deleteDataCancelled";
    /// <summary>Switch language; <see cref="CardFields.Language"/> holds "nl" or "en".</summary>
    public const string Language = "language";
    /// <summary>In a shared chat: open the user's personal chat, where the check happens (handled by the host).</summary>
    public const string OpenPersonal = "openPersonal";

    /// <summary>"Open this result" on a history entry: the host shows the stored snapshot (data carries <c>checkId</c>).</summary>
    public const string ReopenResult = "reopenResult";
}
