using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Commands, typed or clicked.</summary>
internal sealed partial class Turn
{
    private void OnCommand(CommandId command)
    {
        switch (command)
        {
            case CommandId.Welcome:
                Say(StandardOutputs.Welcome(Ui, _language, _profile.History.Count > 0));
                ShowWhereWeAre();
                break;
            case CommandId.QuickCheck:
                StartCommand(CheckKind.Quick);
                break;
            case CommandId.FullCheck:
                StartCommand(CheckKind.Full);
                break;
            case CommandId.Back:
                WhenRunning(Back);
                break;
            case CommandId.Skip:
                WhenRunning(Skip);
                break;
            case CommandId.Stop:
                WhenRunning(Stop);
                break;
            case CommandId.Resume:
                Resume();
                break;
            case CommandId.Restart:
                Restart();
                break;
            case CommandId.Dutch:
                SwitchLanguage(Language.Nl);
                break;
            case CommandId.English:
                SwitchLanguage(Language.En);
                break;
            case CommandId.History:
                Say(StandardOutputs.History(Ui, _content.Current, _profile, _language));
                ShowWhereWeAre();
                break;
            case CommandId.Privacy:
                Say(StandardOutputs.Privacy(Ui, _language));
                ShowWhereWeAre();
                break;
            case CommandId.Help:
                Say(StandardOutputs.Help(Ui, _language));
                ShowWhereWeAre();
                break;
            case CommandId.DeleteData:
                AskToEraseUserData();
                break;
            default:
                break;
        }
    }

    private void StartCommand(CheckKind kind)
    {
        if (Running)
        {
            var kindLabel = Ui.Text(Check!.Kind == CheckKind.Quick ? "kind.quick" : "kind.full", _language);
            // Asked for the other kind: 'opnieuw' would only restart this one, so say how to get to the one asked for.
            Say(new TextOutput(Check.Kind == kind
                ? Ui.Format("check.alreadyRunning", _language, ("kind", kindLabel))
                : Ui.Format("check.otherRunning", _language, ("kind", kindLabel), ("other", Ui.Text(kind == CheckKind.Quick ? "kind.quick" : "kind.full", _language)))));
            Ask();
            return;
        }

        // The same kind while paused: let the user choose between resuming and starting over rather than
        // silently throwing away their answers. Another kind replaces the paused check.
        if (Paused && Check!.Kind == kind)
        {
            OfferResume();
            return;
        }

        if (Paused)
        {
            SayText("check.replacedPaused");
        }

        Start(kind, fresh: false);
    }

    private void WhenRunning(Action action)
    {
        if (Running)
        {
            action();
        }
        else if (Paused)
        {
            OfferResume();
        }
        else
        {
            SayText("check.noneRunning");
        }
    }

    private void Resume()
    {
        if (Check is null)
        {
            SayText("resume.nothing");
            Say(StandardOutputs.Welcome(Ui, _language, _profile.History.Count > 0));
            return;
        }

        if (Paused)
        {
            _state = _state with { Check = Check with { Paused = false } };
            SayText("resume.continue");
        }

        Ask();
    }

    private void Restart()
    {
        var kind = Check?.Kind ?? CheckKind.Quick;
        SayText("restart.done");
        Start(kind, fresh: true);
    }

    private void SwitchLanguage(Language language)
    {
        _language = language;
        _profile = _profile with { PreferredLanguage = language };
        SayText("language.switched");
        ShowWhereWeAre();
    }

    /// <summary>After a side command: show the current question again, or the resume offer when paused.</summary>
    private void ShowWhereWeAre()
    {
        if (Running)
        {
            Ask();
        }
        else if (Paused)
        {
            OfferResume();
        }
    }
}
