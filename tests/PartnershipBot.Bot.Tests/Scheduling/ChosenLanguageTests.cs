using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>
/// The language the user chose is the language of the reminder features too, whatever locale the client sends
/// (the Agents Playground sends en-US): through the real host, then the follow-up fired by its real handler.
/// </summary>
public sealed class ChosenLanguageTests : IAsyncLifetime
{
    private RecordingConnector? _connector;
    private TestBotHost? _host;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking());
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _connector!.DisposeAsync();
    }

    [Fact]
    public async Task Dutch_ChosenOnAnEnglishClient_FollowUpFormListAndTheFiredActionAreDutch()
    {
        var anne = new BotConversation(_host!, _connector!, locale: "en-US");

        var welcome = await anne.SayAsync("hello");
        await anne.SayAsync("nederlands");
        var form = (await anne.SayAsync("follow-up")).LastCard;
        var scheduled = await anne.ExecuteAsync("card-1", form, "actionCreate", ("actionDescription", "begroting delen (Jan)"), ("actionDue", InTenDays()));
        var list = (await anne.SayAsync("reminders")).LastCard;
        var fired = await FireOnlyReminderAsync();

        Assert.Contains("Liever Nederlands? Typ 'nederlands'.", CardData.AllText(welcome.LastCard), StringComparison.Ordinal);
        Assert.Contains("Actie maken", CardData.AllText(form), StringComparison.Ordinal);
        Assert.Contains("U bent zelf eigenaar van deze actie.", CardData.AllText(form), StringComparison.Ordinal);
        Assert.Contains("De actie is vastgelegd. Op", scheduled.Texts, StringComparison.Ordinal);
        Assert.Contains("Uw herinneringen", CardData.AllText(list), StringComparison.Ordinal);
        Assert.Contains("Actie: begroting delen (Jan)", CardData.AllText(list), StringComparison.Ordinal);
        Assert.Contains("Annuleren", CardData.AllText(list), StringComparison.Ordinal);
        Assert.Contains("U bent eigenaar van deze actie: begroting delen (Jan).", fired, StringComparison.Ordinal);
        Assert.Contains("\"locale\":\"nl-NL\"", fired, StringComparison.Ordinal);
        Assert.DoesNotContain("You own", fired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_ChosenAfterPlanning_TheFiredActionFollowsTheNewChoice()
    {
        var anne = new BotConversation(_host!, _connector!, locale: "nl-NL");
        var form = (await anne.SayAsync("opvolging")).LastCard;
        await anne.ExecuteAsync("card-1", form, "actionCreate", ("actionDescription", "begroting delen (Jan)"), ("actionDue", InTenDays()));

        await anne.SayAsync("english");
        var list = (await anne.SayAsync("herinneringen")).LastCard;
        var fired = await FireOnlyReminderAsync();

        Assert.Contains("Your reminders", CardData.AllText(list), StringComparison.Ordinal);
        Assert.Contains("You own this action: begroting delen (Jan).", fired, StringComparison.Ordinal);
        Assert.Contains("\"locale\":\"en-GB\"", fired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoChoice_ADutchCommandOnAnEnglishClient_AnswersInDutch()
    {
        var anne = new BotConversation(_host!, _connector!, locale: "en-US");

        var list = (await anne.SayAsync("herinneringen")).LastCard;

        Assert.Contains("Er staan geen herinneringen voor u klaar.", CardData.AllText(list), StringComparison.Ordinal);
    }

    /// <summary>Runs the stored personal action through its registered handler, as the Quartz job does when it comes due.</summary>
    private async Task<string> FireOnlyReminderAsync() =>
        string.Join("\n", (await ReminderFiring.FireOnlyAsync(_host!, _connector!)).Select(r => r.Body));

    private string InTenDays() =>
        _host!.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
