using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Protocol.Streaming;
using PartnershipBot.Teams;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// Where the optional language model meets a turn. For a tenant that allows it, an advice answer is reworded by
/// the model from the same passages (checked, else the local answer stays), and the model's pitfall findings are
/// added to "what I recognise" by this rule: the lexicon decides negation and healthy practice, the model adds
/// recall - a model finding counts only when its evidence occurs in the text, the lexicon did not already find
/// that pitfall, and the lexicon found no healthy practice against it in the same text. The privacy card says
/// whether this tenant's text goes to a model at all.
/// </summary>
internal sealed class ModelAnswerEnricher(
    IServiceProvider services,
    IOptions<LanguageModelOptions> options,
    PartnershipAdvisor advisor,
    PitfallTextAnalyzer analyzer,
    TimeProvider time,
    ILogger<StreamingReply> streamLogger)
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
        var stream = StreamHere(turnContext) ? turnContext.BeginStream(time, streamLogger) : null;
        Task<GroundedAnswer?> answering;
        if (stream is null)
        {
            await turnContext.SendTypingAsync(cancellationToken);
            answering = _client!.AnswerAsync(advice.Grounding, advice.Language, cancellationToken);
        }
        else
        {
            await stream.StartAsync(advisor.Message("stream.informative", advice.Language), cancellationToken);
            var shown = new CitationFilter();
            answering = _client!.StreamAnswerAsync(advice.Grounding, advice.Language, (piece, ct) => shown.Push(piece) is { Length: > 0 } text ? stream.AppendAsync(text, ct) : Task.CompletedTask, cancellationToken);
        }

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
        if (answer is null)
        {
            // The user may have watched unchecked text appear: the final message says why the lessons' own answer replaces it.
            return stream is { ShowedText: true } ? enriched with { Notice = advisor.Message("stream.rejected", advice.Language) } : enriched;
        }

        return enriched with
        {
            // The passage ids stay in the grounding; the reader gets the text without them and the lessons by name.
            ModelAnswer = AnswerCheck.Readable(answer.Text),
            ModelAnswerAsText = stream is not null,
            Basis = advisor.Basis(advice.Language, advice.Grounding.LessonId, answer.Citations),
        };
    }

    /// <summary>Teams streams a bot's message only in a personal chat; buffered replies (expectReplies) cannot stream.</summary>
    private bool StreamHere(TurnContext turnContext) =>
        options.Value.Stream && !turnContext.ExpectReplies && ConversationScope.IsTeamsPersonal(turnContext.Activity);
}
