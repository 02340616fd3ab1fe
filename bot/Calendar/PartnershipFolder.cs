using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>One partnership folder: its own key (the partnership entity, if it has one) and the documents found under it.</summary>
internal sealed record PartnershipFolder(string Key, IReadOnlyDictionary<string, StoreItem> Documents)
{
    public string ActionsKey => Key + "/actions";

    public string CalendarKey => Key + "/calendar";

    public StoreItem? Entity => Documents.GetValueOrDefault(Key);
}
