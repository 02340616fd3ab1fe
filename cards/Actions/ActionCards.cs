using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Actions;

/// <summary>
/// The action register's cards: the partnership's open actions with a form for a new one (owner from the
/// Teams people picker, or a typed name), and the owner's personal card with Done / Postpone.
/// </summary>
public static class ActionCards
{
    public static JsonObject List(string partnershipId, string partnership, IReadOnlyList<ActionItem> actions, Language language, DateOnly tomorrow)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var t = ActionTexts.For(language);
        var body = new List<JsonNode> { Heading(t.ListTitle(partnership)) };
        var open = actions.Where(a => a.IsOpen).OrderBy(a => a.Due).ToList();
        if (open.Count == 0)
        {
            body.Add(Text(t.NoOpenActions));
        }

        foreach (var action in open)
        {
            body.Add(Text(t.Line(action)));
            body.Add(ActionSet(Execute(t.DoneButton, Data(ActionCardActions.Done, partnershipId, action.Id, language)), Execute(t.PostponeButton, Data(ActionCardActions.Postpone, partnershipId, action.Id, language))));
        }

        body.Add(Subheading(t.NewHeading));
        body.Add(Input("Input.Text", ActionCardActions.Description, t.DescriptionLabel, t.DescriptionError, extra: new JsonObject { ["maxLength"] = 300, ["isMultiline"] = true }));
        body.Add(Input("Input.ChoiceSet", ActionCardActions.Owner, t.OwnerLabel, t.Invalid, required: false, extra: new JsonObject
        {
            ["style"] = "filtered",
            ["choices"] = new JsonArray(),
            ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "graph.microsoft.com/users" },
        }));
        body.Add(Input("Input.Text", ActionCardActions.OwnerName, t.OwnerNameLabel, t.Invalid, required: false, extra: new JsonObject { ["maxLength"] = 100 }));
        body.Add(Input("Input.Date", ActionCardActions.Due, t.DueLabel, t.DueError, extra: new JsonObject
        {
            ["min"] = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["value"] = tomorrow.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        return Card(string.Join("\n", open.Select(t.Line).Prepend(t.ListTitle(partnership))), body, [Execute(t.CreateButton, Data(ActionCardActions.Create, partnershipId, null, language), primary: true)]);
    }

    /// <summary>The owner's card; after Done it shows the status without buttons (refreshed in place).</summary>
    public static JsonObject Owner(string partnershipId, string partnership, ActionItem action, Language language)
    {
        ArgumentNullException.ThrowIfNull(action);
        var t = ActionTexts.For(language);
        var actions = action.Status == ActionStatus.Done
            ? []
            : new List<JsonNode> { Execute(t.DoneButton, Data(ActionCardActions.Done, partnershipId, action.Id, language), primary: true), Execute(t.PostponeButton, Data(ActionCardActions.Postpone, partnershipId, action.Id, language)) };
        return Card(t.OwnerCardText(action), [Heading(t.OwnerCardTitle(partnership)), Text(t.OwnerCardText(action)), Text(t.StatusNow(action), subtle: true)], actions);
    }

    private static JsonObject Data(string action, string partnershipId, string? actionId, Language language)
    {
        var data = new JsonObject { ["action"] = action, [ActionCardActions.PartnershipId] = partnershipId, [ActionCardActions.Language] = language == Language.Nl ? "nl" : "en" };
        if (actionId is not null)
        {
            data[ActionCardActions.ActionId] = actionId;
        }

        return data;
    }
}
