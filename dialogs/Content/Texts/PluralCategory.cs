namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>The CLDR plural categories Dutch and English use for whole numbers.</summary>
public enum PluralCategory
{
    /// <summary>Exactly 1: "1 deelnemer", "1 day".</summary>
    One,

    /// <summary>Everything else, 0 included: "0 deelnemers", "2 days".</summary>
    Other,
}
