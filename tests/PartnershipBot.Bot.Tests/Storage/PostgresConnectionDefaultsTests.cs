using Npgsql;
using PartnershipBot.Storage.Postgres;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>The pool settings the bot applies to its data source, and the operator's own connection string winning.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Apply_ConnectionStringSilentOnThePool_KeepsStatementsPreparedAndSkipsTheReset()
    {
        const string connectionString = "Host=db.example.org;Database=partnershipbot;Username=bot";
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        PostgresConnectionDefaults.Apply(builder, connectionString);

        Assert.True(builder.NoResetOnClose);
        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, builder.MaxAutoPrepare);
        Assert.Equal("db.example.org", builder.Host);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=false;MAXAUTOPREPARE=0")]
    public void Apply_OperatorNamedTheSettings_KeepsTheirValues(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        PostgresConnectionDefaults.Apply(builder, connectionString);

        Assert.False(builder.NoResetOnClose);
        Assert.Equal(0, builder.MaxAutoPrepare);
    }
}
