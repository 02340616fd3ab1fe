using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Analysis;

/// <summary>
/// Language detection and sentiment from Azure AI Language (<c>POST {endpoint}/language/:analyze-text</c>,
/// one synchronous call per kind). Any failure — network, status, timeout, unexpected JSON — gives
/// <see cref="TextSignals.None"/> or the part obtained so far; the user's text is sent, never logged.
/// </summary>
internal sealed class AzureLanguageSignalsProvider : ITextSignalsProvider
{
    public const string HttpClientName = "AzureLanguage";
    private const string ApiVersion = "2023-04-01";

    // The service accepts at most 5,120 characters per document; a chat message beyond that is cut.
    private const int MaxDocumentLength = 5000;

    private readonly HttpClient _http;
    private readonly AzureLanguageOptions _options;
    private readonly ILogger<AzureLanguageSignalsProvider> _logger;
    private readonly TimeProvider _time;

    public AzureLanguageSignalsProvider(HttpClient http, IOptions<AzureLanguageOptions> options, ILogger<AzureLanguageSignalsProvider> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _options = options.Value;
        _logger = logger;
        _time = time;
    }

    public async Task<TextSignals> GetSignalsAsync(string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_options.IsConfigured || string.IsNullOrWhiteSpace(text))
        {
            return TextSignals.None;
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), _time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var document = text.Length > MaxDocumentLength ? text[..MaxDocumentLength] : text;
        var signals = TextSignals.None;
        var detected = await CallAsync("LanguageDetection", document, language: null, timeout.Token).ConfigureAwait(false);
        if (detected?["detectedLanguage"] is JsonObject language)
        {
            var iso = (string?)language["iso6391Name"];
            signals = signals with
            {
                Language = iso is null or "(Unknown)" ? null : iso,
                LanguageConfidence = (double?)language["confidenceScore"],
            };
        }

        // Sentiment needs a language; the product speaks Dutch first, so Dutch is the fallback.
        var sentiment = await CallAsync("SentimentAnalysis", document, signals.Language ?? "nl", timeout.Token).ConfigureAwait(false);
        if (sentiment?["confidenceScores"] is JsonObject scores)
        {
            signals = signals with
            {
                Sentiment = (string?)sentiment["sentiment"],
                Positive = (double?)scores["positive"],
                Neutral = (double?)scores["neutral"],
                Negative = (double?)scores["negative"],
            };
        }

        return signals;
    }

    /// <summary>One analyze-text call; returns the single document's result, or null after logging why not.</summary>
    private async Task<JsonObject?> CallAsync(string kind, string text, string? language, CancellationToken ct)
    {
        var input = new JsonObject { ["id"] = "1", ["text"] = text };
        if (language is not null)
        {
            input["language"] = language;
        }

        var body = new JsonObject
        {
            ["kind"] = kind,
            ["parameters"] = new JsonObject { ["modelVersion"] = "latest" },
            ["analysisInput"] = new JsonObject { ["documents"] = new JsonArray(input) },
        };
        var uri = new Uri($"{_options.Endpoint!.TrimEnd('/')}/language/:analyze-text?api-version={ApiVersion}");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
            request.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                AnalysisLog.ServiceRefused(_logger, kind, (int)response.StatusCode);
                return null;
            }

            var json = await response.Content.ReadFromJsonAsync<JsonObject>(ct).ConfigureAwait(false);
            if (json?["results"]?["documents"] is JsonArray { Count: > 0 } documents && documents[0] is JsonObject result)
            {
                return result;
            }

            AnalysisLog.NoDocumentResult(_logger, kind);
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or JsonException or InvalidOperationException or FormatException)
        {
            // A cancelled turn and a timed-out call both end here: the signals are optional either way.
            AnalysisLog.ServiceUnavailable(_logger, kind, exception.GetType().Name);
            return null;
        }
    }
}
