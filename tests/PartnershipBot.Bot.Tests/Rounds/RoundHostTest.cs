using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>The real host with one configured admin, and a round scenario driving it.</summary>
public abstract class RoundHostTest : BotHostTest
{
    internal const string Admin = "29:admin";

    internal RoundScenario Scenario { get; private set; } = null!;

    internal override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Rounds:Admins:0"] = Admin };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Scenario = new RoundScenario(Host, Connector);
    }
}
