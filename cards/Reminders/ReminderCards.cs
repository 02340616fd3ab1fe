using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipBot.Cards.Reminders;

/// <summary>
/// The reminder cards as Adaptive Card 1.5 JSON: the list with a cancel button per reminder, the
/// follow-up form and the follow-up reminder itself. Buttons are Action.Execute with an Action.Submit
/// fallback carrying the same data, so both paths reach the bot alike.
/// </summary>
internal static class ReminderCards
{
    public const int MaxListed = 25;

    public static JsonObject List(IReadOnlyList<ReminderListItem> items, bool admin, ReminderTexts texts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(texts);
        var body = new JsonArray { Heading(texts.ListTitle) };
        if (admin)
        {
            body.Add(Subtle(texts.ListAdminNote));
        }

        if (items.Count == 0)
        {
            body.Add(Text(texts.ListEmpty));
        }

        foreach (var item in items.Take(MaxListed))
        {
            body.Add(Item(item, texts));
        }

        var lines = items.Count == 0 ? [texts.ListEmpty] : items.Take(MaxListed).Select(i => i.Description);
        return Card(string.Join("\n", lines.Prepend(texts.ListTitle)), body, null);
    }

    private static JsonObject Item(ReminderListItem item, ReminderTexts texts)
    {
        var details = new JsonArray { Text(item.Description) };
        if (item.NextDue is not null)
        {
            var due = string.Format(CultureInfo.GetCultureInfo(texts.Culture), texts.NextDue, item.NextDue);
            details.Add(Subtle(item.Recurring ? due + " · " + texts.Recurring : due));
        }

        var cancel = Execute(texts.Cancel, new JsonObject { ["action"] = ReminderCardActions.CancelReminder, [ReminderCardActions.ReminderIdField] = item.Id });
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["separator"] = true,
            ["columns"] = new JsonArray
            {
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = details },
                new JsonObject
                {
                    ["type"] = "Column", ["width"] = "auto", ["verticalContentAlignment"] = "Center",
                    ["items"] = new JsonArray { new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray { cancel } } },
                },
            },
        };
    }

    private static JsonObject Execute(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = data["action"]!.GetValue<string>(),
        ["data"] = data,
        ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() },
    };

    private static JsonObject Card(string fallbackText, JsonArray body, JsonArray? actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["fallbackText"] = fallbackText,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    private static JsonObject Heading(string text) =>
        new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["style"] = "heading", ["size"] = "Large", ["weight"] = "Bolder" };

    private static JsonObject Text(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JsonObject Subtle(string text) =>
        new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["isSubtle"] = true, ["size"] = "Small", ["spacing"] = "Small" };
}
