using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// Where the optional language model meets a turn. For a tenant that allows it, an advice answer is reworded by
/// the model from the same passages (checked, else the local answer stays), and the model's pitfall findings are
/// added to "what I recognise" by this rule: the lexicon decides negation and healthy practice, the model adds
/// recall - a model finding counts only when its evidence occurs in the text, the lexicon did not already find
/// that pitfall, and the lexicon found no healthy practice against it in the same text. The privacy card says
/// whether this tenant's text goes to a model at all.
/// </summary>
internal sealed class ModelAnswerEnricher(IServiceProvider services, IOptions<LanguageModelOptions> options, PartnershipAdvisor advisor, PitfallTextAnalyzer analyzer)
{
    private readonly ModelClient? _client = services.GetService<ModelClient>();

    public async Task<IReadOnlyList<BotOutput>> EnrichAsync(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var maySend = _client is not null && options.Value.MaySend(turnContext.Activity.TenantId);
        if (!outputs.Any(o => o is PrivacyOutput || (maySend && o is AdviceOutput)))
        {
            return outputs;
        }

        var result = new List<BotOutput>(outputs.Count);
        foreach (var output in outputs)
        {
            result.Add(output switch
            {
                PrivacyOutput privacy => privacy with { Paragraphs = [.. privacy.Paragraphs, advisor.Message(maySend ? "privacy.model.on" : "privacy.model.off", privacy.Language)] },
                AdviceOutput advice when maySend => await WithModelAsync(turnContext, advice, cancellationToken),
                _ => output,
            });
        }

        return result;
    }

    private async Task<AdviceOutput> WithModelAsync(TurnContext turnContext, AdviceOutput advice, CancellationToken cancellationToken)
    {
        await turnContext.SendTypingAsync(cancellationToken);
        var answering = _client!.AnswerAsync(advice.Grounding, advice.Language, cancellationToken);
        var finding = _client.FindPitfallsAsync(advice.Grounding.Question, cancellationToken);
        var answer = await answering;
        var findings = await finding;
        var lexicon = analyzer.Analyze(advice.Grounding.Question, advice.Language == Language.En ? "en" : "nl");
        var added = findings
            .Where(f => advice.Recognised.All(r => r.PitfallId != f.PitfallId))
            .Where(f => lexicon.Lessons.All(l => l.Id != advisor.LessonAgainst(f.PitfallId)))
            .GroupBy(f => f.PitfallId, StringComparer.Ordinal)
            .Select(g => new AdviceRecognition(g.Key, advisor.PitfallTitle(g.Key, advice.Language) ?? g.Key, [.. g.Select(f => f.Evidence).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var enriched = added.Count > 0 ? advice with { Recognised = [.. advice.Recognised, .. added] } : advice;
        return answer is null
            ? enriched
            : enriched with { ModelAnswer = answer.Text, Basis = advisor.Basis(advice.Language, advice.Grounding.LessonId, answer.Citations) };
    }
}
