namespace PartnershipBot.Cards.Samples;

/// <summary>
/// The round the round samples show, as people take part in it: in the partnership's channel nine of them answer
/// the quick check in a first round, the consultant records two actions, and twelve answer in the second round,
/// most with an open answer. <see cref="RoundSamples"/> builds the cards from it through the bot's own engine and
/// domain code; <c>RoundCardSamplesMatchTheHostTests</c> (Bot.Tests) drives the real host through the same script.
/// </summary>
internal static class RoundScript
{
    public const string Name = "ISD Rivierenland";

    public const int MinimumGroupSize = 3;

    public const string Consultant = "29:consultant";

    // The quick check's statements in the order it asks them; the answers below are written in this order.
    private static readonly string[] Statements =
    [
        "savings-booked-at-start", "startup-budget", "owners-give-time", "expect-same-service",
        "joint-standards", "budget-realistic", "overruns-from-reserves", "problems-discussed-openly",
    ];

    /// <summary>The first round, half a year earlier: three of each role.</summary>
    public static IReadOnlyList<RoundScriptParticipant> First { get; } =
    [
        Person("29:owner-1", "owner", "5 no 1 3 3 3 3 3"),
        Person("29:owner-2", "owner", "5 no 2 2 4 3 3 3"),
        Person("29:owner-3", "owner", "4 no 2 3 3 3 3 3"),
        Person("29:client-1", "client", "4 partly 2 4 3 3 3 3"),
        Person("29:client-2", "client", "3 partly 3 4 3 3 3 3"),
        Person("29:client-3", "client", "4 partly 2 5 2 3 3 2"),
        Person("29:management-1", "contractor", "5 no 1 3 3 4 2 4"),
        Person("29:management-2", "contractor", "5 no 2 3 3 4 2 4"),
        Person("29:management-3", "contractor", "4 no 2 4 3 4 2 4"),
    ];

    /// <summary>The second round, the one the samples show: five owners, four clients, three of the management.</summary>
    public static IReadOnlyList<RoundScriptParticipant> Second { get; } =
    [
        Person("29:owner-1", "owner", "4 partly 3 3 4 3 4 3", "De eigenaren hebben meteen een taakstelling ingeboekt, nog voor de organisatie draaide."),
        Person("29:owner-2", "owner", "4 partly 3 3 3 2 4 2", "Er moest vanaf dag één bezuinigd worden, zonder geld voor de opstart."),
        Person("29:owner-3", "owner", "3 yes 4 2 4 3 3 3"),
        Person("29:owner-4", "owner", "4 partly 2 3 3 2 4 2", "De besparing stond al in de begroting voordat we begonnen."),
        Person("29:owner-5", "owner", "2 yes 4 2 4 3 3 3"),
        Person("29:client-1", "client", "4 partly 2 5 2 2 5 2", "Elke gemeente wil haar eigen werkwijze houden en verwacht dezelfde dienstverlening als vroeger."),
        Person("29:client-2", "client", "4 no 2 4 2 2 4 2", "Prima samenwerking tot nu toe."),
        Person("29:client-3", "client", "5 partly 1 5 1 2 4 1", "We verwachten dat alles hetzelfde blijft als toen we het zelf deden."),
        Person("29:client-4", "client", "3 partly 2 4 2 3 4 2"),
        Person("29:management-1", "contractor", "5 no 1 4 2 4 3 4", "De rapportages zijn te rooskleurig en tekorten worden elk jaar uit de reserves aangevuld."),
        Person("29:management-2", "contractor", "4 partly 2 4 2 4 2 5"),
        Person("29:management-3", "contractor", "4 partly 2 5 2 4 3 4", "Er wordt meteen bezuinigd terwijl de organisatie nog moet opstarten."),
    ];

    /// <summary>What the consultant records with <c>acties</c> after the first round; the first is done before the second round.</summary>
    public static IReadOnlyList<RoundScriptAction> Actions { get; } =
    [
        new("Opstartbudget voor twee jaar voorleggen aan het algemeen bestuur", "Put a two-year start-up budget to the general board", "Marieke Jansen", 60, Done: true),
        new("Gezamenlijke dienstverleningsnormen vastleggen met de opdrachtgevers", "Agree joint service standards with the clients", "Pieter de Boer", 180, Done: false),
    ];

    /// <summary>Everyone in the channel but the bot (the host counts them as invited): the consultant, the twelve, and two who never join.</summary>
    public static IReadOnlyList<string> ChannelMembers { get; } =
        [Consultant, .. Second.Select(p => p.Id), "29:member-14", "29:member-15"];

    private static RoundScriptParticipant Person(string id, string role, string statements, string? openAnswer = null)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ctx-role"] = role, ["ctx-age"] = "years-2-3", ["ctx-tasks"] = "existing", ["ctx-motive"] = "cost",
        };
        var values = statements.Split(' ');
        if (values.Length != Statements.Length)
        {
            throw new ArgumentException("One answer per statement.", nameof(statements));
        }

        for (var i = 0; i < values.Length; i++)
        {
            answers[Statements[i]] = values[i];
        }

        return new RoundScriptParticipant(id, answers, openAnswer);
    }
}
