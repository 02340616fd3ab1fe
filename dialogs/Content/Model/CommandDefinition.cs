namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>A command's trigger words per language and its help line (null: not listed in help).</summary>
internal sealed record CommandDefinition(CommandId Id, IReadOnlyList<string> WordsNl, IReadOnlyList<string> WordsEn, LocalText? Help);
