using Microsoft.Extensions.Options;
using PartnershipBot.Analysis;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.LanguageModel;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns;

/// <summary>
/// When Azure AI Language is configured and the tenant allows its users' text to be sent
/// (<c>AzureLanguage:Tenants</c>), a described situation is also heard for its tone: a clearly worried
/// message gets an acknowledging line before the reading. The text leaves the bot only with names, e-mail
/// addresses and phone numbers removed, and the privacy card of such a tenant says so. The call goes over
/// the network, so the user sees the typing indicator first; without the service nothing changes.
/// </summary>
internal sealed class SituationSignals(ITextSignalsProvider provider, IOptions<AzureLanguageOptions> options, ContentCatalog content)
{
    private const double ClearlyNegative = 0.6;

    public async Task<IReadOnlyList<BotOutput>> EnrichAsync(TurnContext turnContext, UserInput input, IReadOnlyList<BotOutput> outputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (provider is NoTextSignalsProvider || !options.Value.MaySend(turnContext.Activity.TenantId))
        {
            return outputs;
        }

        if (outputs.Any(o => o is PrivacyOutput))
        {
            return [.. outputs.Select(o => o is PrivacyOutput privacy
                ? privacy with { Paragraphs = [.. privacy.Paragraphs, content.Message("privacy.textService", privacy.Language)] }
                : o)];
        }

        var index = outputs.ToList().FindIndex(o => o is SituationOutput);
        if (index < 0 || input is not TextInput text)
        {
            return outputs;
        }

        await turnContext.SendTypingAsync(cancellationToken);
        var signals = await provider.GetSignalsAsync(PersonalDataScrubber.Scrub(text.Text), cancellationToken);
        if (signals.Sentiment != "negative" || signals.Negative < ClearlyNegative)
        {
            return outputs;
        }

        var language = ((SituationOutput)outputs[index]).Language;
        return [.. outputs.Take(index), new TextOutput(content.Message("situation.concern", language)), .. outputs.Skip(index)];
    }
}
