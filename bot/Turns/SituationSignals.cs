using PartnershipBot.Analysis;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns;

/// <summary>
/// When Azure AI Language is configured, a described situation is also heard for its tone: a
/// clearly worried message gets an acknowledging line before the reading. The call goes over the
/// network, so the user sees the typing indicator first; without the service nothing changes.
/// </summary>
internal sealed class SituationSignals(ITextSignalsProvider provider, ContentCatalog content)
{
    private const double ClearlyNegative = 0.6;

    public async Task<IReadOnlyList<BotOutput>> EnrichAsync(TurnContext turnContext, UserInput input, IReadOnlyList<BotOutput> outputs, CancellationToken cancellationToken)
    {
        if (provider is NoTextSignalsProvider || input is not TextInput text)
        {
            return outputs;
        }

        var index = outputs.ToList().FindIndex(o => o is SituationOutput);
        if (index < 0)
        {
            return outputs;
        }

        await turnContext.SendTypingAsync(cancellationToken);
        var signals = await provider.GetSignalsAsync(text.Text, cancellationToken);
        if (signals.Sentiment != "negative" || signals.Negative < ClearlyNegative)
        {
            return outputs;
        }

        var language = ((SituationOutput)outputs[index]).Language;
        return [.. outputs.Take(index), new TextOutput(content.Message("situation.concern", language)), .. outputs.Skip(index)];
    }
}
