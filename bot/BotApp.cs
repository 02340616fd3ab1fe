using PartnershipBot.Actions;
using PartnershipBot.Analysis;
using PartnershipBot.Calendar;
using PartnershipBot.Health;
using PartnershipBot.LanguageModel;
using PartnershipBot.Protocol.Auth;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Reports;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;
using PartnershipBot.Telemetry;
using PartnershipBot.Turns;

namespace PartnershipBot;

/// <summary>The host, one line per concern. Tests build it the same way, on a loopback port.</summary>
internal static class BotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddBotHosting();
        builder.Services.AddBotAuthentication(builder.Configuration);
        builder.Services.AddBotConnector(builder.Configuration);
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddTextAnalysis(builder.Configuration);
        builder.Services.AddPartnershipBot();
        builder.Services.AddLanguageModel(builder.Configuration);
        builder.Services.AddScheduling(builder.Configuration);
        builder.Services.AddRounds();
        builder.Services.AddGovernanceCalendar();
        builder.Services.AddReportLinks();
        builder.Services.AddActionRegister();
        builder.AddBotTelemetry();
        builder.Services.AddBotHealth();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapBotEndpoint();
        app.MapReports();
        app.MapBotHealth();
        return app;
    }
}
