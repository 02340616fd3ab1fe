namespace PartnershipBot.Dialogs.Advisor;

/// <summary>What the words of a message say about how to treat it, before anything is retrieved.</summary>
internal sealed record AdvisorIntent(bool Abusive, bool Asks, int WordCount)
{
    /// <summary>Asks for someone's address, phone number or e-mail: never answered.</summary>
    public bool PersonalData { get; init; }

    /// <summary>Tries to replace the bot's instructions.</summary>
    public bool Instructions { get; init; }
}
