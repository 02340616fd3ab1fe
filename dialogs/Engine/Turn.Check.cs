using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Scoring;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Moving through a check: start, answer, skip, back, stop, finish.</summary>
internal sealed partial class Turn
{
    private ItemBank Bank => _content.Bank(Check!.BankVersion)!;

    private Item CurrentItem => CheckPlan.For(Bank, Check!).At(Check!.Position);

    private void Start(CheckKind kind, bool fresh)
    {
        var bank = _content.Current;
        var sequence = _state.Sequence + 1;
        var id = $"{(kind == CheckKind.Quick ? "quick" : "full")}-{_request.Now.UtcDateTime:yyyyMMddHHmmss}-{sequence}";
        if (fresh)
        {
            _profile = _profile with { LastAnswers = null };
        }

        var carried = kind == CheckKind.Full ? ReusableAnswers(bank) : [];
        var check = new ActiveCheck(id, kind, bank.Version, _request.Now, 0, carried, [.. carried.Select(a => a.ItemId)], 0, false);
        _state = new DialogState(check, sequence);
        Say(new TextOutput(kind == CheckKind.Quick
            ? Ui.Format("quick.intro", _language, ("contextCount", bank.ContextItems.Count), ("count", bank.Items.Count(i => i.InQuick)))
            : Ui.Text("full.intro", _language)));
        if (carried.Count > 0)
        {
            Say(new TextOutput(Ui.Format("full.reused", _language, ("count", carried.Count))));
        }

        AskOrComplete();
    }

    // Answers of a recent quick check count toward the full check: only values that are still valid in this bank.
    private List<AnswerEntry> ReusableAnswers(ItemBank bank)
    {
        if (_profile.LastAnswers is not { } last || _request.Now - last.AnsweredAt > TimeSpan.FromDays(bank.ReuseAnswersDays))
        {
            return [];
        }

        return [.. (last.Answers ?? [])
            .Where(a => a.Value is not null && bank.FindItem(a.ItemId) is { } item
                && item.Scale.Kind != QuestionKind.FreeText && item.Scale.Find(a.Value) is not null)
            .DistinctBy(a => a.ItemId)];
    }

    private void Ask(string? hint = null, bool skipSuggested = false) =>
        Say(new QuestionOutput(QuestionPresenter.Present(Ui, Bank, Check!, _language, hint, skipSuggested)));

    private void AskOrComplete()
    {
        if (Check!.Position >= CheckPlan.For(Bank, Check).Count)
        {
            Complete();
        }
        else
        {
            Ask();
        }
    }

    private bool TryTypedAnswer(string text)
    {
        var item = CurrentItem;
        if (item.Scale.Kind == QuestionKind.FreeText)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            Record(item, null, text.Trim());
            return true;
        }

        if ((AnswerMatcher.Exact(item, text) ?? AnswerMatcher.Fuzzy(item, text)) is not { } option)
        {
            return false;
        }

        Record(item, option, null);
        return true;
    }

    private void Record(Item item, ScaleOption? option, string? text)
    {
        var label = option?.Label[_language] ?? text ?? Ui.Text("answer.skipped", _language);
        var view = QuestionPresenter.Present(Ui, Bank, Check!, _language, null, false);
        var answers = CheckAnswers.With(Check!.Answers, new AnswerEntry(item.Id, option?.Value, text));
        _state = _state with { Check = Check with { Answers = answers, Position = Check.Position + 1, InvalidTries = 0 } };
        Say(new AnswerRecordedOutput(view, label) { Skipped = option is null && text is null });
        AskOrComplete();
    }

    private void Skip()
    {
        if (CurrentItem.Required)
        {
            SayText("skip.notAllowed");
            Ask();
            return;
        }

        Record(CurrentItem, null, null);
    }

    private void Back()
    {
        if (Check!.Position == 0)
        {
            SayText("back.atStart");
        }
        else
        {
            _state = _state with { Check = Check with { Position = Check.Position - 1, InvalidTries = 0 } };
        }

        Ask();
    }

    private void Stop()
    {
        _state = _state with { Check = Check! with { Paused = true, InvalidTries = 0 } };
        SayText("stop.paused");
    }

    /// <summary>An answer we could not read: ask again with a hint; from the third try on, suggest skipping.</summary>
    private void Invalid()
    {
        var tries = Check!.InvalidTries + 1;
        _state = _state with { Check = Check with { InvalidTries = tries } };
        var offerSkip = tries >= 3 && !CurrentItem.Required;
        Ask(QuestionPresenter.Hint(Ui, CurrentItem, _language, offerSkip), offerSkip);
    }

    private void Complete()
    {
        var check = Check!;
        var bank = Bank;
        var (report, entry) = ReportBuilder.Build(_content, bank, check, _profile, _language, _request.Now, _analyzer);
        _snapshot = ReportBuilder.Snapshot(_content, bank, check, _profile, _request.Now, _analyzer);
        entry = entry with { Kept = true };
        // Only a quick check's answers are kept for reuse; after a full check there is nothing left to carry.
        ReusableAnswers? reusable = check.Kind == CheckKind.Quick
            ? new(_request.Now, bank.Version, [.. check.Answers.Where(a => a.Value is not null && a.Text is null)])
            : null;
        _profile = _profile with
        {
            History = [.. new[] { entry }.Concat(_profile.History).Take(bank.MaxHistory)],
            LastAnswers = reusable,
        };
        _state = _state with { Check = null };
        Say(new ResultsOutput(report));
    }
}
