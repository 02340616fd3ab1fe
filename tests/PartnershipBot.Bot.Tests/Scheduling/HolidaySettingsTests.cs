using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>Reminders and the calendar share one set of holiday rules, set under Calendar.</summary>
public sealed class HolidaySettingsTests
{
    private static readonly DateTimeOffset GoodFriday2027TenOClock = new(2027, 3, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset KingsDay2027TenOClock = new(2027, 4, 27, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", false)]
    public async Task ReminderHours_CalendarGoodFridaySetting_DecidesWhetherGoodFridayIsWorked(string? setting, bool working)
    {
        var settings = setting is null ? null : new Dictionary<string, string?> { ["Calendar:GoodFridayOff"] = setting };
        await using var host = await TestBotHost.StartAsync(settings: settings);

        var hours = host.Services.GetRequiredService<IOptions<ReminderOptions>>().Value.ToWorkingHours();

        Assert.Equal(working, hours.IsWorking(GoodFriday2027TenOClock));
        Assert.False(hours.IsWorking(KingsDay2027TenOClock));
    }
}
