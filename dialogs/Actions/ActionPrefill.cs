namespace PartnershipBot.Dialogs.Actions;

/// <summary>What the action form starts with: the text of the advice step or role gap, and the link back to it.</summary>
public sealed record ActionPrefill(string Description, string? Source, string? SourceTitle)
{
    public static ActionPrefill Empty { get; } = new(string.Empty, null, null);
}
