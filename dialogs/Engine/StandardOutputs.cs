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

    /// <summary>Every command of the table that works in <paramref name="scope"/>, engine and host commands alike.</summary>
    public static HelpOutput Help(UiContent ui, Language language, CommandScope scope = CommandScope.Personal)
    {
        var lines = ui.CommandTable
            .Where(c => c.Help is not null && c.Scopes.Contains(scope))
            .Select(c => new CommandHelp(Words(c, language), c.HelpIn(scope, language)!))
            .ToList();
        // No Help button on the help card itself: it would only post this card again.
        IReadOnlyList<SuggestedAction> actions = scope == CommandScope.Personal
            ? [.. StartActions(ui, language, hasHistory: false).Where(a => a.Action != CardActions.Help)]
            : [new(ui.Text("action.openPersonal", language), CardActions.OpenPersonal), new(ui.Text("action.startRound", language), Rounds.RoundCardActions.Start)];
        return new HelpOutput(language, ui.Text("help.title", language), ui.Text(scope == CommandScope.Personal ? "help.text" : "shared.welcome.text", language), lines, actions);
    }

    /// <summary>
    /// "Dat begreep ik niet" with the commands closest to what was typed (two or three, never the whole list);
    /// when nothing is close, the commands people most often need here.
    /// </summary>
    public static NotUnderstoodOutput NotUnderstood(UiContent ui, Language language, string text, CommandScope scope)
    {
        var typed = TextNormalizer.Normalize(text);
        var listed = ui.CommandTable.Where(c => c.Help is not null && c.Scopes.Contains(scope)).ToList();
        var close = listed
            .Select(c => (Entry: c, Distance: c.WordsNl.Concat(c.WordsEn).Select(w => TextNormalizer.Normalize(w)).Min(w => EditDistance.Between(typed, w))))
            .Where(s => typed.Length > 0 && s.Distance <= Math.Max(2, typed.Length / 3))
            .OrderBy(s => s.Distance)
            .Select(s => s.Entry);
        string[] usual = scope == CommandScope.Personal ? ["quickCheck", "history", "help"] : ["quickCheck", "roundStart", "help"];
        var suggestions = close
            .Concat(usual.Select(name => listed.FirstOrDefault(c => c.Name == name)).OfType<CommandEntry>())
            .Distinct()
            .Take(3)
            .Select(c => new CommandHelp(c.Words(language)[0], c.HelpIn(scope, language)!))
            .ToList();
        return new NotUnderstoodOutput(language, ui.Text("notUnderstood.text", language), suggestions);
    }

    public static PrivacyOutput Privacy(UiContent ui, Language language) =>
        new(language, ui.Text("privacy.title", language),
            [ui.Text("privacy.p1", language), ui.Text("privacy.p2", language), ui.Text("privacy.p3", language)]);

    public static HistoryOutput History(UiContent ui, ItemBank bank, UserProfile profile, Language language)
    {
        // Each check against the previous one of the same kind in the same role; the oldest of its kind says it is the first.
        var entries = profile.History
            .Select((entry, i) =>
            {
                var previous = HistoryComparer.Comparable(profile.History.Skip(i + 1), entry.Kind, entry.Role);
                var kind = ui.Text(entry.Kind == CheckKind.Quick ? "kind.quick" : "kind.full", language);
                return new HistoryEntryView(
                    entry.CompletedAt, entry.Kind, kind, ReportBuilder.RoleLabel(ui, entry.Role, language),
                    HistoryComparer.Compare(bank, previous?.Pitfalls ?? entry.Pitfalls, entry.Pitfalls, language))
                {
                    Note = previous is null ? ui.Format("history.first", language, ("kind", kind)) : null,
                    CheckId = entry.CheckId,
                    ReopenTitle = entry.Kept ? ui.Text("action.reopen", language) : null,
                };
            })
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

    /// <summary>"snelle check / quick check"; a word that is the same in both languages is shown once ("privacy").</summary>
    private static string Words(CommandEntry command, Language language)
    {
        var own = command.Words(language)[0];
        var other = command.Words(language == Language.Nl ? Language.En : Language.Nl)[0];
        return string.Equals(TextNormalizer.Normalize(own), TextNormalizer.Normalize(other), StringComparison.Ordinal) ? own : $"{own} / {other}";
    }
}
