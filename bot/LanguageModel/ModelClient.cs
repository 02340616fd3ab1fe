using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Advisor;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// The two calls to the optional language model, through <see cref="IChatClient"/>: a grounded answer from the
/// retrieved passages, and pitfall findings with evidence spans in a JSON schema. Each call has a deadline on the
/// injected clock; a timeout, an error (a 429 included) or a failed check gives null or no findings, and the caller
/// keeps the local result. Only scrubbed text is sent.
/// </summary>
internal sealed class ModelClient(IChatClient chat, IOptions<LanguageModelOptions> options, TimeProvider time, ILogger<ModelClient> logger)
{
    private readonly LanguageModelOptions _options = options.Value;

    public async Task<GroundedAnswer?> AnswerAsync(AdviceGrounding grounding, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grounding);
        var question = PersonalDataScrubber.Scrub(grounding.Question);
        var json = await CallAsync(
            ModelPrompts.AnswerInstructions(language, _options.MaxAnswerCharacters),
            ModelPrompts.AnswerRequest(question, grounding),
            ChatResponseFormat.ForJsonSchema(ModelPrompts.AnswerSchema, "grounded_answer"),
            cancellationToken);
        if (json is null)
        {
            return null;
        }

        var (answer, failure) = AnswerCheck.Check(json, grounding.Passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal), language, _options.MaxAnswerCharacters);
        if (failure is not null)
        {
            LanguageModelLog.CheckFailed(logger, failure);
        }

        return answer;
    }

    /// <summary>Findings whose evidence occurs in the text that was sent; the rest are dropped.</summary>
    public async Task<IReadOnlyList<ModelFinding>> FindPitfallsAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = PersonalDataScrubber.Scrub(text);
        var json = await CallAsync(
            ModelPrompts.FindingsInstructions,
            scrubbed,
            ChatResponseFormat.ForJsonSchema(ModelPrompts.FindingsSchema, "pitfall_findings"),
            cancellationToken);
        return json is null ? [] : ReadFindings(json, scrubbed);
    }

    internal IReadOnlyList<ModelFinding> ReadFindings(string json, string sentText)
    {
        var found = new List<ModelFinding>();
        var dropped = 0;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                LanguageModelLog.CheckFailed(logger, "findings missing");
                return [];
            }

            foreach (var finding in findings.EnumerateArray())
            {
                var pitfall = finding.TryGetProperty("pitfall", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                var evidence = finding.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                // Evidence must be words of the text itself: a paraphrase or an invention is not evidence.
                if (pitfall is not ("owner-savings-target" or "client-unchanged-service" or "contractor-appearance-of-success")
                    || evidence is null || !EvidenceMatcher.Occurs(evidence, sentText))
                {
                    dropped++;
                    continue;
                }

                found.Add(new ModelFinding(pitfall, evidence!.Trim()));
            }
        }
        catch (JsonException)
        {
            LanguageModelLog.CheckFailed(logger, "malformed JSON");
            return [];
        }

        LanguageModelLog.Findings(logger, found.Count, dropped);
        return found;
    }

    /// <summary>
    /// A grounded answer as plain text, streamed: each piece goes to <paramref name="onText"/> as it arrives, unless the
    /// text so far already fails the check (a citation that is not a given passage, too long): then the call stops and
    /// null is returned. The complete text is checked like any answer; the deadline is <c>StreamSeconds</c>.
    /// </summary>
    public async Task<GroundedAnswer?> StreamAnswerAsync(AdviceGrounding grounding, Language language, Func<string, CancellationToken, Task> onText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grounding);
        ArgumentNullException.ThrowIfNull(onText);
        var question = PersonalDataScrubber.Scrub(grounding.Question);
        var ids = grounding.Passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var text = new System.Text.StringBuilder();
        string? early = null;
        var completed = await GuardAsync(_options.StreamSeconds, async token =>
        {
            var messages = new[]
            {
                new ChatMessage(ChatRole.System, ModelPrompts.StreamedAnswerInstructions(language, _options.MaxAnswerCharacters)),
                new ChatMessage(ChatRole.User, ModelPrompts.AnswerRequest(question, grounding)),
            };
            await foreach (var update in chat.GetStreamingResponseAsync(messages, new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 700 }, token))
            {
                if (update.Text is not { Length: > 0 } piece)
                {
                    continue;
                }

                text.Append(piece);
                // Leaving the loop disposes the response stream, which ends the request.
                if ((early = AnswerCheck.EarlyFailure(text.ToString(), ids, _options.MaxAnswerCharacters)) is not null)
                {
                    return false;
                }

                await onText(piece, token);
            }

            return true;
        }, cancellationToken);
        if (!completed)
        {
            if (early is not null)
            {
                LanguageModelLog.CheckFailed(logger, early);
            }

            return null;
        }

        var (answer, failure) = AnswerCheck.CheckText(text.ToString(), [], ids, language, _options.MaxAnswerCharacters);
        if (failure is not null)
        {
            LanguageModelLog.CheckFailed(logger, failure);
        }

        return answer;
    }

    private async Task<string?> CallAsync(string instructions, string request, ChatResponseFormat format, CancellationToken cancellationToken) =>
        await GuardAsync<string?>(_options.TimeoutSeconds, async token =>
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, instructions), new ChatMessage(ChatRole.User, request)],
                new ChatOptions { ResponseFormat = format, Temperature = 0.2f, MaxOutputTokens = 700 },
                token);
            return response.Text;
        }, cancellationToken);

    /// <summary>Runs one model call under a deadline on the injected clock; a timeout or any failure of the call gives default.</summary>
    private async Task<T?> GuardAsync<T>(int seconds, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await call(linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LanguageModelLog.TimedOut(logger, seconds);
            return default;
        }
        catch (ClientResultException exception)
        {
            LanguageModelLog.Failed(logger, exception.GetType().Name, exception.Status);
            return default;
        }
        catch (HttpRequestException exception)
        {
            LanguageModelLog.Failed(logger, exception.GetType().Name, (int?)exception.StatusCode ?? 0);
            return default;
        }
        catch (JsonException exception)
        {
            // The SDK could not read the response envelope (or a streamed chunk) itself.
            LanguageModelLog.Failed(logger, exception.GetType().Name, 0);
            return default;
        }
    }
}
