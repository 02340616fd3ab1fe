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
            case CardActions.DeleteDataConfirmed: EraseUserData(data.GetValueOrDefault(CardFields.Erasure)); break;
            case CardActions.DeleteDataCancelled: KeepUserData(data.GetValueOrDefault(CardFields.Erasure)); break;
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
            // The clicked card goes read-only, saying the check is over; nothing starts or resets. A check the bot
            // itself just ended (its questionnaire is gone) was said above, and the way to a new one follows.
            var checkId = data.GetValueOrDefault(CardFields.CheckId);
            var finished = checkId is not null && _profile.History.Any(e => e.CheckId == checkId);
            Say(StaleCard(data, finished ? "stale.finished" : "stale.noCheck"));
            if (_checkDropped)
            {
                Say(StandardOutputs.Welcome(Ui, _language, _profile.History.Count > 0));
            }

            return;
        }

        // A card is current only if it was rendered for this check, this bank version and this very question.
        var current = data.GetValueOrDefault(CardFields.CheckId) == check.CheckId
            && data.GetValueOrDefault(CardFields.BankVersion) == check.BankVersion
            && data.GetValueOrDefault(CardFields.ItemId) == CurrentItem.Id;
        if (!current)
        {
            // The old card goes read-only in place; the question we are at follows as a new message.
            Say(StaleCard(data, "stale.moved"));
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

    /// <summary>The clicked question card made read-only: its question (when its questionnaire is still known) and why it no longer counts.</summary>
    private ClosedCardOutput StaleCard(IReadOnlyDictionary<string, string> data, string noteKey)
    {
        var item = data.GetValueOrDefault(CardFields.ItemId) is { } itemId
            ? _content.Bank(data.GetValueOrDefault(CardFields.BankVersion) ?? "")?.FindItem(itemId)
            : null;
        return new ClosedCardOutput(_language, item?.Text[_language], Ui.Text(noteKey, _language));
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
