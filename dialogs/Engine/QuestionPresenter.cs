using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Turns the check's current position into a localised <see cref="QuestionView"/>.</summary>
internal static class QuestionPresenter
{
    public static QuestionView Present(UiContent ui, ItemBank bank, ActiveCheck check, Language language, string? hint, bool skipSuggested)
    {
        var plan = CheckPlan.For(bank, check);
        var item = plan.At(check.Position);
        var isContext = check.Position < plan.Context.Count;
        var index = isContext ? check.Position + 1 : check.Position - plan.Context.Count + 1;
        var total = isContext ? plan.Context.Count : plan.Questions.Count;
        var section = isContext ? "section.context" : check.Kind == CheckKind.Quick ? "section.quick" : "section.full";
        var progress = ui.Format(isContext ? "progress.context" : "progress.check", language, ("index", index), ("total", total));
        var current = CheckAnswers.Find(check.Answers, item.Id)?.Value;
        return new QuestionView(
            check.CheckId, item.Id, check.BankVersion, check.Kind, index, total,
            item.Text[language], item.Scale.Kind,
            [.. item.Scale.Options.Select(o => new AnswerOption(o.Value, o.Label[language]))],
            hint, check.Position > 0, !item.Required, skipSuggested, isContext,
            ui.Text(section, language), progress, current, language);
    }

    public static string Hint(UiContent ui, Item item, Language language, bool offerSkip)
    {
        var hint = item.Scale.Kind switch
        {
            QuestionKind.Scale5 => ui.Text("hint.scale5", language),
            QuestionKind.YesPartlyNo => ui.Text("hint.yesPartlyNo", language),
            QuestionKind.FreeText => ui.Text("hint.freeText", language),
            _ => ui.Format("hint.choice", language,
                ("options", string.Join(", ", item.Scale.Options.Select((o, i) => $"{i + 1}. {o.Label[language]}")))),
        };
        return offerSkip ? hint + " " + ui.Text("hint.skipOffer", language) : hint;
    }
}
