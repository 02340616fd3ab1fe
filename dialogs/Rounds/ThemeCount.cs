namespace PartnershipBot.Dialogs.Rounds;

/// <summary>How many respondents' free text touched a theme.</summary>
public sealed record ThemeCount(string ThemeId, int Respondents);
