using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>A paused check: the offer to resume or start again.</summary>
internal sealed partial class Turn
{
    private void OfferResume()
    {
        var check = Check!;
        var plan = CheckPlan.For(Bank, check);
        var answered = Enumerable.Range(0, plan.Count).Count(i => CheckAnswers.Find(check.Answers, plan.At(i).Id) is not null);
        var kindLabel = Ui.Text(check.Kind == CheckKind.Quick ? "kind.quick" : "kind.full", _language);
        Say(new ResumeOfferOutput(_language,
            // How far it got is the card's own line under the question, beside its bar: the sentence does not say it twice.
            Ui.Format("resume.offer", _language, ("kind", kindLabel)),
            check.Kind, answered, plan.Count,
            [new(Ui.Text("action.resume", _language), CardActions.Resume), new(Ui.Text("action.restart", _language), CardActions.Restart)]));
    }
}
