using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Card submits: commands from buttons, and question actions that must match the current question.</summary>
internal sealed partial class Turn
{
    private void OnCard(IReadOnlyDictionary<string, string> data)
    {
        var action = data.GetValueOrDefault(CardFields.Action)
            ?? (data.ContainsKey(CardFields.ItemId) ? CardActions.Answer : null);
        switch (action)
        {
            case CardActions.Answer or CardActions.Back or CardActions.Skip or CardActions.Stop:
                OnQuestionCard(action, data);
                break;
            case CardActions.QuickCheck: OnCommand(CommandId.QuickCheck); break;
            case CardActions.FullCheck: OnCommand(CommandId.FullCheck); break;
            case CardActions.Resume: OnCommand(CommandId.Resume); break;
            case CardActions.Restart: OnCommand(CommandId.Restart); break;
            case CardActions.History: OnCommand(CommandId.History); break;
            case CardActions.Privacy: OnCommand(CommandId.Privacy); break;
            case CardActions.DeleteData: OnCommand(CommandId.DeleteData); break;
            case CardActions.DeleteDataConfirmed: EraseUserData(); break;
            case CardActions.DeleteDataCancelled:
                SayText("delete.kept");
                ShowWhereWeAre();
                break;
            case CardActions.Language:
                OnCommand(data.GetValueOrDefault(CardFields.Language) == "en" ? CommandId.English : CommandId.Dutch);
                break;
            default:
                OnCommand(CommandId.Help);
                break;
        }
    }

    private void OnQuestionCard(string action, IReadOnlyDictionary<string, string> data)
    {
        if (Check is not { } check)
        {
            if (!_checkDropped)
            {
                SayText("stale.noCheck");
            }

            Say(StandardOutputs.Welcome(Ui, _language, _profile.History.Count > 0));
            return;
        }

        // A card is current only if it was rendered for this check, this bank version and this very question.
        var current = data.GetValueOrDefault(CardFields.CheckId) == check.CheckId
            && data.GetValueOrDefault(CardFields.BankVersion) == check.BankVersion
            && data.GetValueOrDefault(CardFields.ItemId) == CurrentItem.Id;
        if (!current)
        {
            SayText("stale.card");
            ShowWhereWeAre();
            return;
        }

        if (check.Paused)
        {
            _state = _state with { Check = check with { Paused = false } };
        }

        switch (action)
        {
            case CardActions.Answer: CardAnswer(data.GetValueOrDefault(CardFields.Answer)); break;
            case CardActions.Back: Back(); break;
            case CardActions.Skip: Skip(); break;
            default: Stop(); break;
        }
    }

    private void CardAnswer(string? value)
    {
        var item = CurrentItem;
        if (item.Scale.Kind == QuestionKind.FreeText)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Invalid();
            }
            else
            {
                Record(item, null, value.Trim());
            }

            return;
        }

        var option = value is null ? null : AnswerMatcher.FromCard(item, value) ?? AnswerMatcher.Exact(item, value);
        if (option is null)
        {
            Invalid();
        }
        else
        {
            Record(item, option, null);
        }
    }
}
