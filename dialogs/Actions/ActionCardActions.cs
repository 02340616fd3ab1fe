namespace PartnershipBot.Dialogs.Actions;

/// <summary>Card data of the action cards: action values and the field names the bot reads.</summary>
public static class ActionCardActions
{
    public const string Create = "actionCreate";
    public const string Done = "actionDone";
    public const string Postpone = "actionPostpone";

    /// <summary>Opens the action form, prefilled from <see cref="Description"/> and linked to <see cref="Source"/> (an advice step or a role gap).</summary>
    public const string Form = "actionForm";

    /// <summary>The partnership's name on cards sent before partnerships were keyed by id; read as a name.</summary>
    public const string Partnership = "actionPartnership";
    public const string PartnershipId = "actionPartnershipId";
    public const string ActionId = "actionId";
    public const string Owner = "actionOwner";
    public const string OwnerName = "actionOwnerName";
    public const string Description = "actionDescription";
    public const string Due = "actionDue";
    public const string Language = "actionLanguage";

    /// <summary>Where an action came from: <c>lesson:{lessonId}</c> for an advice step, <c>gap:{roundId}:{pitfall}:{higher}-{lower}</c> for a role gap.</summary>
    public const string Source = "actionSource";
    public const string SourceTitle = "actionSourceTitle";

    /// <summary>The form's "for whom" choice: <see cref="Personal"/> or a partnership id.</summary>
    public const string Scope = "actionScope";
    public const string Personal = "personal";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Create, Done, Postpone, Form };
}
