namespace PartnershipBot.Dialogs.Results;

/// <summary>One context answer for display, e.g. ("Rol", "Opdrachtgever").</summary>
public sealed record ContextLine(string Label, string Value);
