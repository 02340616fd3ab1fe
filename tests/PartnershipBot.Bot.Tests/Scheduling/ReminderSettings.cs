namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>Host settings for reminder tests: every moment a working moment, so a test does not depend on the hour it runs.</summary>
internal static class ReminderSettings
{
    public static Dictionary<string, string?> AlwaysWorking(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:WorkdayStart"] = "00:00:00",
            ["Reminders:WorkdayEnd"] = "1.00:00:00",
        };
        foreach (var (day, i) in Enum.GetValues<DayOfWeek>().Select((d, i) => (d, i)))
        {
            settings[$"Reminders:WorkingDays:{i}"] = day.ToString();
        }

        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
