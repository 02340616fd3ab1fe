using System.Globalization;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// "Delete my data": asked for once, confirmed with a button, then everything about the user goes. The buttons
/// carry the request's id, so only the open question's confirm erases, and only once; the card then reads what happened.
/// </summary>
internal sealed partial class Turn
{
    private void AskToEraseUserData()
    {
        // The turn's moment is unique enough within one user's conversation, and keeps the engine deterministic.
        var request = _request.Now.UtcTicks.ToString(CultureInfo.InvariantCulture);
        _state = _state with { PendingErasure = request };
        Say(new ConfirmOutput(
            _language,
            Ui.Text("delete.title", _language),
            Ui.Text("delete.text", _language),
            [
                new SuggestedAction(Ui.Text("delete.confirm", _language), CardActions.DeleteDataConfirmed) { Erasure = request },
                new SuggestedAction(Ui.Text("delete.cancel", _language), CardActions.DeleteDataCancelled) { Erasure = request },
            ]));
    }

    private void EraseUserData(string? request)
    {
        if (request is null || request != _state.PendingErasure)
        {
            // Already erased (a second click), answered, or a card from before another request: erase nothing.
            CloseEraseCard("delete.stale");
            return;
        }

        // Keep answering in the language the user is using now, but keep nothing of theirs.
        CloseEraseCard("delete.done");
        _state = DialogState.Empty;
        _profile = UserProfile.Empty;
        _eraseUserData = true;
    }

    private void KeepUserData(string? request)
    {
        if (request is not null && request == _state.PendingErasure)
        {
            _state = _state with { PendingErasure = null };
        }

        CloseEraseCard("delete.kept");
        ShowWhereWeAre();
    }

    private void CloseEraseCard(string noteKey) =>
        Say(new ClosedCardOutput(_language, Ui.Text("delete.title", _language), Ui.Text(noteKey, _language)));
}
