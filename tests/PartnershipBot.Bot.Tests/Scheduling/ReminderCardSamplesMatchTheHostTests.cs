using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Cards.Samples;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>
/// The <c>herinneringen</c> sample is the list the host shows after the user planned one action, with only the
/// generated reminder id and its due moment normalised.
/// </summary>
public sealed partial class ReminderCardSamplesMatchTheHostTests : IAsyncLifetime
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

    private static string Normalise(JsonObject card) => Ids().Replace(Moments().Replace(card.ToJsonString(), "MOMENT"), "REMINDER-ID");

    [GeneratedRegex(@"\b[0-9a-f]{32}\b")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \p{L}+ \d{4} \d{2}:\d{2}\b")]
    private static partial Regex Moments();
}
