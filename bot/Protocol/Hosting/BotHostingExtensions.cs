using PartnershipBot.Protocol.Auth;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Protocol.Hosting;

internal static class BotHostingExtensions
{
    /// <summary>
    /// The turn pipeline, plus the listen address: 127.0.0.1:3978 unless configured, and loopback
    /// only while no credentials are configured.
    /// </summary>
    public static WebApplicationBuilder AddBotHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var urls = (builder.Configuration["urls"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>())
            .Concat(Ports(builder.Configuration["http_ports"], "http"))
            .Concat(Ports(builder.Configuration["https_ports"], "https"))
            .ToList();
        if (urls.Count == 0)
        {
            builder.WebHost.UseUrls(ListenAddressGuard.DefaultUrl);
            urls.Add(ListenAddressGuard.DefaultUrl);
        }

        var credentials = builder.Configuration.Get<BotCredentialsOptions>() ?? new BotCredentialsOptions();
        var exposed = ListenAddressGuard.NonLoopback(urls);
        if (credentials.IsDevelopmentMode && exposed.Count > 0)
        {
            throw new StartupRefusedException(
                $"PartnershipBot has no credentials (MicrosoftAppId is empty), so it accepts unauthenticated requests and may only listen on loopback. " +
                $"Refusing to listen on {string.Join(", ", exposed)}. Either bind to 127.0.0.1 (for example --urls http://127.0.0.1:3978) " +
                "or configure MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConversationTurnQueue>();
        builder.Services.AddSingleton(sp => new ActivityDeduplicator(sp.GetRequiredService<PartnershipBot.Storage.IActivityClaims>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddBotMetrics();
        builder.Services.AddSingleton<BotAdapter>();
        builder.Services.AddSingleton<BotEndpoint>();
        builder.Services.AddSingleton<ProactiveMessenger>();
        return builder;
    }

    // HTTP_PORTS (set by the official container images) binds every interface.
    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(port => $"{scheme}://*:{port}");

    /// <summary>POST /api/messages; other methods get 405 from routing.</summary>
    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, BotEndpoint endpoint) => endpoint.HandleAsync(http));
        return endpoints;
    }
}
