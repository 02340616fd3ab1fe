namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>What a context question establishes.</summary>
internal enum ContextDimension
{
    Role,
    Age,
    Tasks,
    Motive,
}
