using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;
using PartnershipBot.Dialogs.Scoring;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>The messages that do not depend on a running check: welcome, help, privacy, history.</summary>
internal static class StandardOutputs
{
    // The hint to switch is written in the other language: Teams' locale (the Agents Playground sends en-US)
    // often is not the language the user reads best.
    public static WelcomeOutput Welcome(UiContent ui, Language language, bool hasHistory) =>
        new(language, ui.Text("welcome.title", language),
            ui.Text("welcome.text", language) + "\n\n" + ui.Text("welcome.otherLanguage", language),
            StartActions(ui, language, hasHistory));

    public static HelpOutput Help(UiContent ui, Language language)
    {
        var other = language == Language.Nl ? Language.En : Language.Nl;
        var lines = ui.Commands
            .Where(c => c.Help is not null)
            .Select(c => new CommandHelp($"{First(c, language)} / {First(c, other)}", c.Help![language]))
            .ToList();
        return new HelpOutput(language, ui.Text("help.title", language), ui.Text("help.text", language), lines,
            StartActions(ui, language, hasHistory: false));
    }

    public static PrivacyOutput Privacy(UiContent ui, Language language) =>
        new(language, ui.Text("privacy.title", language),
            [ui.Text("privacy.p1", language), ui.Text("privacy.p2", language), ui.Text("privacy.p3", language)]);

    public static HistoryOutput History(UiContent ui, ItemBank bank, UserProfile profile, Language language)
    {
        var entries = profile.History
            .Select((entry, i) => new HistoryEntryView(
                entry.CompletedAt, entry.Kind,
                ui.Text(entry.Kind == CheckKind.Quick ? "kind.quick" : "kind.full", language),
                ReportBuilder.RoleLabel(ui, entry.Role, language),
                HistoryComparer.Compare(bank, i + 1 < profile.History.Count ? profile.History[i + 1].Pitfalls : entry.Pitfalls, entry.Pitfalls, language)))
            .ToList();
        return new HistoryOutput(language, ui.Text("history.title", language), entries,
            entries.Count == 0 ? ui.Text("history.empty", language) : null);
    }

    public static IReadOnlyList<SuggestedAction> StartActions(UiContent ui, Language language, bool hasHistory)
    {
        List<SuggestedAction> actions =
        [
            new(ui.Text("action.quickCheck", language), CardActions.QuickCheck),
            new(ui.Text("action.fullCheck", language), CardActions.FullCheck),
        ];
        if (hasHistory)
        {
            actions.Add(new(ui.Text("action.history", language), CardActions.History));
        }

        actions.Add(new(ui.Text("action.help", language), CardActions.Help));
        return actions;
    }

    private static string First(CommandDefinition command, Language language) =>
        language == Language.Nl ? command.WordsNl[0] : command.WordsEn[0];
}
