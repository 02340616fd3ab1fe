using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A channel or group chat: everyone reads along, so no question, answer, result or history is shown
/// here. The check is offered in the user's personal chat instead; privacy, help and language work.
/// </summary>
internal sealed partial class Turn
{
    private void RunShared()
    {
        switch (_request.Input)
        {
            case ConversationUpdateInput { BotAdded: true }:
                Say(SharedWelcome());
                break;
            case TextInput text:
                OnSharedText(text.Text ?? string.Empty);
                break;
            case CardInput card:
                OnSharedCard(card.Data ?? new Dictionary<string, string>());
                break;
            default:
                break;
        }
    }

    private void OnSharedText(string text)
    {
        if ((_commands.Exact(text) ?? _commands.Fuzzy(text)) is { } command)
        {
            AdoptLanguageOf(text);
            OnSharedCommand(command);
        }
        else if (SmallTalk(text))
        {
            // A short answer is as fine in public as it is in private.
        }
        else if ((Advise(text) ?? ReadSituation(text)) is { } situation)
        {
            // The words were posted here by the user; the answer quotes nothing else.
            Say(situation);
        }
        else
        {
            Say(new UnrecognisedOutput(text, _language, StandardOutputs.NotUnderstood(Ui, _language, text, CommandScope.Shared)));
        }
    }

    private void OnSharedCard(IReadOnlyDictionary<string, string> data)
    {
        switch (data.GetValueOrDefault(CardFields.Action) ?? (data.ContainsKey(CardFields.ItemId) ? CardActions.Answer : null))
        {
            case CardActions.QuickCheck or CardActions.FullCheck:
                OnSharedCommand(CommandId.QuickCheck);
                break;
            case CardActions.Answer or CardActions.Back or CardActions.Skip or CardActions.Stop or CardActions.Resume or CardActions.Restart:
                OnSharedCommand(CommandId.Resume);
                break;
            case CardActions.History: OnSharedCommand(CommandId.History); break;
            case CardActions.Privacy: OnSharedCommand(CommandId.Privacy); break;
            case CardActions.DeleteData or CardActions.DeleteDataConfirmed or CardActions.DeleteDataCancelled:
                OnSharedCommand(CommandId.DeleteData);
                break;
            case CardActions.Language:
                OnSharedCommand(data.GetValueOrDefault(CardFields.Language) == "en" ? CommandId.English : CommandId.Dutch);
                break;
            default:
                OnSharedCommand(CommandId.Help);
                break;
        }
    }

    private void OnSharedCommand(CommandId command)
    {
        switch (command)
        {
            case CommandId.Welcome:
                Say(SharedWelcome());
                break;
            case CommandId.QuickCheck or CommandId.FullCheck:
                Say(new PersonalChatOutput(_language, Ui.Text("shared.personalOnly", _language), [OpenPersonal()]));
                break;
            case CommandId.Back or CommandId.Skip or CommandId.Stop or CommandId.Resume or CommandId.Restart:
                Say(new PersonalChatOutput(_language, Ui.Text("shared.checkElsewhere", _language), [OpenPersonal()]));
                break;
            case CommandId.History:
                SayText("shared.history");
                break;
            case CommandId.DeleteData:
                SayText("shared.deleteData");
                break;
            case CommandId.Dutch or CommandId.English:
                _language = command == CommandId.Dutch ? Language.Nl : Language.En;
                _profile = _profile with { PreferredLanguage = _language };
                SayText("language.switched");
                break;
            case CommandId.Privacy:
                Say(StandardOutputs.Privacy(Ui, _language));
                break;
            default:
                Say(StandardOutputs.Help(Ui, _language, CommandScope.Shared));
                break;
        }
    }

    private WelcomeOutput SharedWelcome() => new(
        _language,
        Ui.Text("welcome.title", _language),
        Ui.Text("shared.welcome.text", _language) + "\n\n" + Ui.Text("welcome.otherLanguage", _language),
        [OpenPersonal(), new SuggestedAction(Ui.Text("action.startRound", _language), RoundCardActions.Start), new SuggestedAction(Ui.Text("action.help", _language), CardActions.Help)]);

    private SuggestedAction OpenPersonal() => new(Ui.Text("action.openPersonal", _language), CardActions.OpenPersonal);
}
