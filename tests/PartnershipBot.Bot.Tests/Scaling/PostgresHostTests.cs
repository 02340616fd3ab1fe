using Npgsql;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Storage;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>The real host with <c>Storage:Provider=Postgres</c>: state lives in the database, not in the local data folder.</summary>
public sealed class PostgresHostTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [SkippableFact]
    public async Task QuickCheck_ContinuesOnAFreshHostWithAnEmptyDataFolder()
    {
        var settings = PostgresSettings(database.ConnectionString);
        var host = await TestBotHost.StartAsync(settings: settings);
        var question = (await new BotConversation(host, _connector).SayAsync("snelle check")).LastCard;
        var second = (await new BotConversation(host, _connector).SubmitAsync("card-1", question, "answer", (CardData.InputId(question), CardData.Option(question, 0)))).LastCard;
        await host.DisposeAsync();

        // A new instance: another, empty data folder; only the database connects it to the first.
        await using var next = await TestBotHost.StartAsync(settings: settings);
        var third = (await new BotConversation(next, _connector).SubmitAsync("card-2", second, "answer", (CardData.InputId(second), CardData.Option(second, 0)))).LastCard;

        Assert.True(CardData.IsQuestion(third));
        Assert.NotEqual(CardData.AllText(second), CardData.AllText(third));
        Assert.DoesNotContain("eerder moment", CardData.AllText(third), StringComparison.Ordinal);
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM store WHERE key LIKE 'tenants/%/conversations/%' AND key NOT LIKE '%/question'");
        // One dialog; the pointer to the question card on screen ('…/question') is not a second dialog.
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Start_PostgresWithoutAConnectionString_RefusesWithTheSettingsName()
    {
        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => TestBotHost.StartAsync(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" }));

        Assert.Contains("ConnectionStrings:Postgres", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PostgresConnectionStringWithAnUnknownKeyword_IsRefusedInOneLineWithoutTheSecret()
    {
        var refused = Assert.Throws<PartnershipBot.Protocol.Hosting.StartupRefusedException>(
            () => BotApp.Build(["--urls=http://127.0.0.1:0", "--Storage:Provider=Postgres", "--ConnectionStrings:Postgres=Host=db.example.org;Password=s3cret-value;Max Pool Size=8",
                $"--Storage:DataDirectory={TestBotHost.NewDataDirectory()}"]));

        Assert.Contains("ConnectionStrings:Postgres", refused.Message, StringComparison.Ordinal);
        Assert.Contains("max pool size", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("s3cret-value", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownProvider_IsRefusedWithTheChoices()
    {
        var refused = Assert.Throws<PartnershipBot.Protocol.Hosting.StartupRefusedException>(
            () => BotApp.Build(["--urls=http://127.0.0.1:0", "--Storage:Provider=Cosmos", $"--Storage:DataDirectory={TestBotHost.NewDataDirectory()}"]));

        Assert.Contains("Sqlite or Postgres", refused.Message, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string?> PostgresSettings(string connectionString) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = connectionString,
    };
}
