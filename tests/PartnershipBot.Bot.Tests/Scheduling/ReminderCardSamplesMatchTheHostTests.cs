using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Cards.Samples;
using static PartnershipBot.Bot.Tests.Turns.WireCardNormaliser;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>
/// The <c>herinneringen</c> sample is the list the host shows after the user planned one action, and the
/// <c>reminder-fired</c> sample the card its real handler sends when that action comes due; only the generated
/// ids and the due day and moment are normalised.
/// </summary>
public sealed class ReminderCardSamplesMatchTheHostTests : IAsyncLifetime
{
    private static readonly IReadOnlyDictionary<string, JsonObject> Samples = CardSamples.All().ToDictionary(s => s.Name, s => s.Card);

    private RecordingConnector? _connector;
    private TestBotHost? _host;

    public static TheoryData<string, string, string, string, string> Languages => new()
    {
        { "nl-NL", "opvolging", "herinneringen", "begroting 2027 met de eigenaren bespreken", "reminders-nl" },
        { "en-GB", "follow-up", "reminders", "discuss the 2027 budget with the owners", "reminders-en" },
    };

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

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task RemindersList_AfterPlanningOneAction_EqualsItsSample(string locale, string followUp, string reminders, string description, string sample)
    {
        var anne = new BotConversation(_host!, _connector!, locale: locale);
        var form = (await anne.SayAsync(followUp)).LastCard;
        await anne.ExecuteAsync("card-1", form, "actionCreate", ("actionDescription", description), ("actionDue", "2099-03-16"));

        var list = (await anne.SayAsync(reminders)).LastCard;

        Assert.Equal(Normalise(Samples[sample]), Normalise(list));
    }

    public static TheoryData<string, string, string, string> Fired => new()
    {
        { "nl-NL", "opvolging", "begroting 2027 met de eigenaren bespreken", "reminder-fired-nl" },
        { "en-GB", "follow-up", "discuss the 2027 budget with the owners", "reminder-fired-en" },
    };

    [Theory]
    [MemberData(nameof(Fired))]
    public async Task PersonalAction_WhenItsReminderFires_TheCardSentEqualsItsSample(string locale, string followUp, string description, string sample)
    {
        var anne = new BotConversation(_host!, _connector!, locale: locale);
        var form = (await anne.SayAsync(followUp)).LastCard;
        await anne.ExecuteAsync("card-1", form, "actionCreate", ("actionDescription", description), ("actionDue", "2099-03-16"));

        var sent = Assert.Single(await ReminderFiring.FireOnlyAsync(_host!, _connector!), r => r.Method == "POST" && r.Json?["attachments"] is not null);

        Assert.Equal(Normalise(Samples[sample]), Normalise(sent.Json!["attachments"]![0]!["content"]!.AsObject()));
    }
}
