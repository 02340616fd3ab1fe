using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>"Delete my data": asked for once, confirmed with a button, then everything about the user goes.</summary>
internal sealed partial class Turn
{
    private void AskToEraseUserData() =>
        Say(new ConfirmOutput(
            _language,
            Ui.Text("delete.title", _language),
            Ui.Text("delete.text", _language),
            [
                new SuggestedAction(Ui.Text("delete.confirm", _language), CardActions.DeleteDataConfirmed),
                new SuggestedAction(Ui.Text("delete.cancel", _language), CardActions.DeleteDataCancelled),
            ]));

    private void EraseUserData()
    {
        // Keep answering in the language the user is using now, but keep nothing of theirs.
        SayText("delete.done");
        _state = DialogState.Empty;
        _profile = UserProfile.Empty;
        _eraseUserData = true;
    }
}
