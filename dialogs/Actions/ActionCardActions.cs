namespace PartnershipBot.Dialogs.Actions;

/// <summary>Card data of the action cards: action values and the field names the bot reads.</summary>
public static class ActionCardActions
{
    public const string Create = "actionCreate";
    public const string Done = "actionDone";
    public const string Postpone = "actionPostpone";

    /// <summary>The partnership's name on cards sent before partnerships were keyed by id; read as a name.</summary>
    public const string Partnership = "actionPartnership";
    public const string PartnershipId = "actionPartnershipId";
    public const string ActionId = "actionId";
    public const string Owner = "actionOwner";
    public const string OwnerName = "actionOwnerName";
    public const string Description = "actionDescription";
    public const string Due = "actionDue";
    public const string Language = "actionLanguage";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Create, Done, Postpone };
}
