namespace PartnershipBot.Bot.Tests.Analysis;

/// <summary>Response bodies in the documented analyze-text format (api-version 2023-04-01).</summary>
internal static class AzureLanguageReplies
{
    public const string DutchDetected = """
        {"kind":"LanguageDetectionResults","results":{"documents":[{"id":"1","detectedLanguage":{"name":"Dutch","iso6391Name":"nl","confidenceScore":0.98},"warnings":[]}],"errors":[],"modelVersion":"2023-12-01"}}
        """;

    public const string NegativeSentiment = """
        {"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":"negative","confidenceScores":{"positive":0.02,"neutral":0.1,"negative":0.88},"sentences":[],"warnings":[]}],"errors":[],"modelVersion":"2022-11-01"}}
        """;

    public const string UnknownLanguage = """
        {"kind":"LanguageDetectionResults","results":{"documents":[{"id":"1","detectedLanguage":{"name":"(Unknown)","iso6391Name":"(Unknown)","confidenceScore":0.0},"warnings":[]}],"errors":[],"modelVersion":"2023-12-01"}}
        """;

    public const string DocumentError = """
        {"kind":"SentimentAnalysisResults","results":{"documents":[],"errors":[{"id":"1","error":{"code":"InvalidArgument","message":"Document text is empty."}}],"modelVersion":"2022-11-01"}}
        """;

    public const string Unauthorized = """
        {"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}
        """;
}
