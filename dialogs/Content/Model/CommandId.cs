namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>The commands a user can type; their words live in ui.json.</summary>
internal enum CommandId
{
    Welcome,
    QuickCheck,
    FullCheck,
    Back,
    Skip,
    Stop,
    Resume,
    Restart,
    Dutch,
    English,
    History,
    Privacy,
    Help,
    DeleteData,
}
