using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PartnershipBot.Storage.Postgres;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// Passwordless sign-in to Azure Database for PostgreSQL without Azure: the managed identity is a
/// token credential in the container, the server a loopback one that records what the client sent.
/// </summary>
public sealed class EntraSignInTests
{
    [Fact]
    public async Task OpenConnection_WithEntraAuthentication_SendsTheIdentitysTokenAsPassword()
    {
        await using var server = new LoopbackPostgresServer();
        var credential = new RecordingCredential("entra-token-1");
        await using var services = Services(server.Port, credential, ("Storage:Postgres:UseEntraAuthentication", "true"));

        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var refused = await Assert.ThrowsAsync<PostgresException>(async () => await dataSource.OpenConnectionAsync());

        Assert.Equal("28P01", refused.SqlState);
        // Npgsql may try the login more than once (with and without encryption); each try signs in the same way.
        Assert.Equal([("bot-identity", "entra-token-1")], server.Logins.Distinct());
        Assert.Equal(["https://ossrdbms-aad.database.windows.net/.default"], credential.Scopes.Distinct());
    }

    [Fact]
    public async Task OpenConnection_WithoutEntraAuthentication_AsksNoTokenAndSendsTheConfiguredPassword()
    {
        await using var server = new LoopbackPostgresServer();
        var credential = new RecordingCredential("entra-token-1");
        await using var services = Services(server.Port, credential, ("ConnectionStrings:Postgres", $"Host=127.0.0.1;Port={server.Port};Username=pilot;Password=from-key-vault;SslMode=Disable;Pooling=false"));

        await Assert.ThrowsAsync<PostgresException>(async () => await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync());

        Assert.Equal([("pilot", "from-key-vault")], server.Logins.Distinct());
        Assert.Empty(credential.Scopes);
    }

    [Fact]
    public async Task Options_EntraAuthenticationWithAPasswordInTheConnectionString_AreRefusedAtStart()
    {
        await using var services = Services(
            5432,
            new RecordingCredential("t"),
            ("Storage:Postgres:UseEntraAuthentication", "true"),
            ("ConnectionStrings:Postgres", "Host=127.0.0.1;Username=bot;Password=secret"));

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PostgresStorageOptions>>().Value);

        Assert.Contains("must not carry a Password", refused.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(int port, TokenCredential credential, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = $"Host=127.0.0.1;Port={port};Username=bot-identity;Database=partnershipbot;SslMode=Disable;Pooling=false",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(credential);
        services.AddPostgresStorage(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class RecordingCredential(string token) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes)
            {
                Scopes.AddRange(requestContext.Scopes);
            }

            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
