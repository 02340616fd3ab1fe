using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Turns.Outbox;

namespace PartnershipBot.Turns;

internal static class TurnsServiceCollectionExtensions
{
    /// <summary>The product: content (validated at start-up), the conversation engine and the turn handler.</summary>
    public static IServiceCollection AddPartnershipBot(this IServiceCollection services)
    {
        services.AddSingleton(_ => ContentCatalog.LoadEmbedded());
        // The advisor's passages are indexed once, in memory; its content is validated at start like the rest.
        services.AddSingleton(sp => PartnershipAdvisor.Create(sp.GetRequiredService<ContentCatalog>(), sp.GetRequiredService<PitfallTextAnalyzer>()));
        // The analyzer reads the open question's answer and free text outside a check; the advisor answers questions.
        services.AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<ContentCatalog>(), sp.GetService<FreeTextAnalyzer>(), sp.GetRequiredService<PartnershipAdvisor>()));
        services.AddSingleton<IOutputRenderer, AdaptiveCardOutputRenderer>();
        services.AddSingleton<OutputSender>();
        services.AddReplyOutbox();
        services.AddSingleton<SituationSignals>();
        services.AddSingleton<UserLanguage>();
        services.AddSingleton<ITurnInterceptor, PersonalChatOpener>();
        services.AddSingleton<ITurnInterceptor, ResultReopener>();
        services.AddSingleton<IBot, PartnershipTurnHandler>();
        // Fail at start-up, not at the first message, when content does not validate.
        services.AddHostedService<ContentValidationService>();
        return services;
    }
}
