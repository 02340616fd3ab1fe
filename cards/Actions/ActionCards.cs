using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Actions;

/// <summary>
/// The action register's cards: a partnership's open actions with a form for a new one, the form alone
/// (prefilled from an advice step or a role gap; for a partnership or for oneself), and the owner's personal
/// card with Done / Postpone.
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
        body.AddRange(Inputs(t, ActionPrefill.Empty, withOwner: true, tomorrow));
        return Card(string.Join("\n", open.Select(t.Line).Prepend(t.ListTitle(partnership))), body, [Execute(t.CreateButton, Data(ActionCardActions.Create, partnershipId, null, language), primary: true)]);
    }

    /// <summary>
    /// The form on its own. One scope: the action goes there (a personal one has no owner inputs: the user owns
    /// it). Several: the user chooses, and the owner inputs count for a partnership only.
    /// </summary>
    public static JsonObject Form(ActionPrefill prefill, IReadOnlyList<ActionScope> scopes, Language language, DateOnly tomorrow)
    {
        ArgumentNullException.ThrowIfNull(prefill);
        ArgumentNullException.ThrowIfNull(scopes);
        var t = ActionTexts.For(language);
        var body = new List<JsonNode> { Heading(t.FormTitle) };
        if (prefill.SourceTitle is { Length: > 0 } from)
        {
            body.Add(Text(t.FromSource(from), subtle: true));
        }

        // With a choice the input carries the scope; a value in the data too would compete with it.
        var data = new JsonObject { ["action"] = ActionCardActions.Create, [ActionCardActions.Language] = language == Language.Nl ? "nl" : "en" };
        if (scopes.Count == 1)
        {
            body.Add(Text(scopes[0].IsPersonal ? t.PersonalIntro : scopes[0].Label, subtle: scopes[0].IsPersonal));
            data[scopes[0].IsPersonal ? ActionCardActions.Scope : ActionCardActions.PartnershipId] = scopes[0].PartnershipId ?? ActionCardActions.Personal;
        }
        else
        {
            body.Add(Input("Input.ChoiceSet", ActionCardActions.Scope, t.ScopeLabel, t.Invalid, extra: new JsonObject
            {
                ["style"] = "expanded",
                ["value"] = scopes[0].PartnershipId ?? ActionCardActions.Personal,
                ["choices"] = new JsonArray([.. scopes.Select(s => (JsonNode)new JsonObject { ["title"] = s.Label, ["value"] = s.PartnershipId ?? ActionCardActions.Personal })]),
            }));
        }

        body.AddRange(Inputs(t, prefill, withOwner: scopes.Any(s => !s.IsPersonal), tomorrow));
        if (prefill.Source is { Length: > 0 } source)
        {
            data[ActionCardActions.Source] = source;
            data[ActionCardActions.SourceTitle] = prefill.SourceTitle ?? string.Empty;
        }

        return Card(t.FormTitle + "\n" + prefill.Description, body, [Execute(t.CreateButton, data, primary: true)]);
    }

    /// <summary>The owner's card; after Done it shows the status without buttons (refreshed in place). A personal action has no partnership id.</summary>
    public static JsonObject Owner(string? partnershipId, string partnership, ActionItem action, Language language)
    {
        ArgumentNullException.ThrowIfNull(action);
        var t = ActionTexts.For(language);
        var actions = action.Status == ActionStatus.Done
            ? []
            : new List<JsonNode> { Execute(t.DoneButton, Data(ActionCardActions.Done, partnershipId, action.Id, language), primary: true), Execute(t.PostponeButton, Data(ActionCardActions.Postpone, partnershipId, action.Id, language)) };
        var title = partnershipId is null ? t.PersonalTitle : t.OwnerCardTitle(partnership);
        var body = new List<JsonNode> { Heading(title), Text(t.OwnerCardText(action)) };
        if (action.SourceTitle is { Length: > 0 } from)
        {
            body.Add(Text(t.FromSource(from), subtle: true));
        }

        body.Add(Text(t.StatusNow(action), subtle: true));
        return Card(t.OwnerCardText(action), body, actions);
    }

    /// <summary>Description (prefilled), the owner (Teams people picker, or a typed name), the due date from tomorrow.</summary>
    private static IEnumerable<JsonNode> Inputs(ActionTexts t, ActionPrefill prefill, bool withOwner, DateOnly tomorrow)
    {
        var description = new JsonObject { ["maxLength"] = 300, ["isMultiline"] = true };
        if (prefill.Description.Length > 0)
        {
            description["value"] = prefill.Description.Length <= 300 ? prefill.Description : prefill.Description[..300];
        }

        yield return Input("Input.Text", ActionCardActions.Description, t.DescriptionLabel, t.DescriptionError, extra: description);
        if (withOwner)
        {
            yield return Input("Input.ChoiceSet", ActionCardActions.Owner, t.OwnerLabel, t.Invalid, required: false, extra: new JsonObject
            {
                ["style"] = "filtered",
                ["choices"] = new JsonArray(),
                ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "graph.microsoft.com/users" },
            });
            yield return Input("Input.Text", ActionCardActions.OwnerName, t.OwnerNameLabel, t.Invalid, required: false, extra: new JsonObject { ["maxLength"] = 100 });
        }

        yield return Input("Input.Date", ActionCardActions.Due, t.DueLabel, t.DueError, extra: new JsonObject
        {
            ["min"] = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["value"] = tomorrow.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    private static JsonObject Data(string action, string? partnershipId, string? actionId, Language language)
    {
        var data = new JsonObject { ["action"] = action, [ActionCardActions.Language] = language == Language.Nl ? "nl" : "en" };
        data[partnershipId is null ? ActionCardActions.Scope : ActionCardActions.PartnershipId] = partnershipId ?? ActionCardActions.Personal;
        if (actionId is not null)
        {
            data[ActionCardActions.ActionId] = actionId;
        }

        return data;
    }
}
