namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>Every message key the code uses; the loader checks ui.json defines all of them in both languages.</summary>
internal static class UiKeys
{
    public static readonly IReadOnlyList<string> All =
    [
        "welcome.title", "welcome.text", "welcome.otherLanguage", "help.title", "help.text",
        "privacy.title", "privacy.p1", "privacy.p2", "privacy.p3",
        "section.context", "section.quick", "section.full", "progress.context", "progress.check",
        "hint.scale5", "hint.yesPartlyNo", "hint.choice", "hint.freeText", "hint.skipOffer",
        "quick.intro", "full.intro", "full.reused", "back.atStart", "skip.notAllowed", "stop.paused",
        "resume.offer", "resume.continue", "resume.nothing", "restart.done",
        "check.alreadyRunning", "check.otherRunning", "check.noneRunning", "check.replacedPaused",
        "stale.card", "stale.moved", "stale.finished", "stale.noCheck", "stale.bankUnknown", "language.switched",
        "kind.quick", "kind.full", "role.owner", "role.client", "role.contractor", "role.advisor",
        "level.unknown", "level.low", "level.elevated", "level.high",
        "results.title", "results.explain", "pitfall.noScore", "evidence.contradiction",
        "openAnswer.title", "openAnswer.found", "openAnswer.none", "openAnswer.skipped", "openAnswer.strong", "openAnswer.weak",
        "summary.healthy", "summary.risks", "summary.unknown", "summary.contradictions",
        "change.better", "change.worse", "change.same", "change.first", "change.firstOfKind", "history.first", "history.title", "history.empty", "action.reopen", "history.reopenGone",
        "answer.skipped", "answer.freeTextGiven", "answer.freeTextNotKept",
        "action.quickCheck", "action.fullCheck", "action.resume", "action.restart", "action.history", "action.help", "action.followUp",
        "delete.title", "delete.text", "delete.confirm", "delete.cancel", "delete.done", "delete.kept", "delete.stale",
        "notUnderstood.text", "shared.welcome.text", "shared.personalOnly", "shared.checkElsewhere", "shared.history", "shared.deleteData",
        "personal.intro", "personal.opened", "personal.notReached", "action.openPersonal", "action.startRound",
        "situation.title", "situation.intro", "situation.yourWords", "situation.concern", "situation.whatHelps", "situation.closing",
        "privacy.textService",
    ];
}
