using System.Globalization;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>
/// Every date a user reads, in words: "4 december 2026" / "4 December 2026", with the weekday where a day is to be
/// planned ("vrijdag 4 december 2026"), and "om 09:00" / "at 09:00" for a moment. Never numeric: "4/12/2026" reads as
/// 12 April to many English readers. The month and day names are written here, not taken from ICU, so every machine
/// (and every golden file) shows the same text. Moments are shown in Europe/Amsterdam, where the users work.
/// </summary>
public static class DisplayDates
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Indexed by DayOfWeek (Sunday = 0).
    private static readonly string[] DutchDays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>"4 december 2026" / "4 December 2026".</summary>
    public static string Date(DateOnly date, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {(language == Language.Nl ? DutchMonths : EnglishMonths)[date.Month - 1]} {date.Year}");

    /// <summary>The date of <paramref name="moment"/> in <paramref name="zone"/> (Amsterdam when null): "4 december 2026".</summary>
    public static string Date(DateTimeOffset moment, Language language, TimeZoneInfo? zone = null) => Date(LocalDay(moment, zone), language);

    /// <summary>"vrijdag 4 december 2026" / "Friday 4 December 2026": for a day to plan or keep free.</summary>
    public static string DayAndDate(DateOnly date, Language language) =>
        (language == Language.Nl ? DutchDays : EnglishDays)[(int)date.DayOfWeek] + " " + Date(date, language);

    /// <summary>"4 december 2026 om 16:00" / "4 December 2026 at 16:00", in <paramref name="zone"/> (Amsterdam when null).</summary>
    public static string DateAndTime(DateTimeOffset moment, Language language, TimeZoneInfo? zone = null) =>
        Date(moment, language, zone) + At(moment, language, zone);

    /// <summary>"vrijdag 4 december 2026 om 16:00" / "Friday 4 December 2026 at 16:00", in <paramref name="zone"/> (Amsterdam when null).</summary>
    public static string DayDateAndTime(DateTimeOffset moment, Language language, TimeZoneInfo? zone = null) =>
        DayAndDate(LocalDay(moment, zone), language) + At(moment, language, zone);

    private static string At(DateTimeOffset moment, Language language, TimeZoneInfo? zone) =>
        (language == Language.Nl ? " om " : " at ") + TimeZoneInfo.ConvertTime(moment, zone ?? Amsterdam).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly LocalDay(DateTimeOffset moment, TimeZoneInfo? zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone ?? Amsterdam).DateTime);
}
