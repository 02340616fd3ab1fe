using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.LanguageModel;

/// <summary>The instructions, the request bodies and the JSON schemas of the two model calls, in one place to review.</summary>
internal static class ModelPrompts
{
    public static readonly JsonElement AnswerSchema = JsonSerializer.SerializeToElement(new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["answer"] = new JsonObject { ["type"] = "string" },
            ["citations"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        },
        ["required"] = new JsonArray("answer", "citations"),
        ["additionalProperties"] = false,
    });

    public static readonly JsonElement FindingsSchema = JsonSerializer.SerializeToElement(new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["findings"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["pitfall"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("owner-savings-target", "client-unchanged-service", "contractor-appearance-of-success") },
                        ["evidence"] = new JsonObject { ["type"] = "string" },
                    },
                    ["required"] = new JsonArray("pitfall", "evidence"),
                    ["additionalProperties"] = false,
                },
            },
        },
        ["required"] = new JsonArray("findings"),
        ["additionalProperties"] = false,
    });

    public static string AnswerInstructions(Language language, int maxCharacters) =>
        GroundingRules(language, maxCharacters) + "Reply as JSON: {\"answer\": string, \"citations\": [passage ids]}.";

    /// <summary>For a streamed answer: plain text the user can read while it arrives, the citations inline only.</summary>
    public static string StreamedAnswerInstructions(Language language, int maxCharacters) =>
        GroundingRules(language, maxCharacters) + "Reply with the answer text only, no JSON and no heading.";

    private static string GroundingRules(Language language, int maxCharacters) =>
        "You advise civil servants who work in Dutch public-sector partnerships. Answer the user's question using ONLY the numbered "
        + "passages you are given; add no facts, names or numbers of your own. Say what to do, why it works, and a first step. "
        + "Cite every passage you use inline as [passage-id], using only the ids given. "
        + (language == Language.Nl
            ? "Write in Dutch, addressing the user formally as 'u'. "
            : "Write in English. ")
        + $"At most {maxCharacters} characters. If the passages do not answer the question, say so briefly and cite the closest passage. ";

    public static string AnswerRequest(string scrubbedQuestion, AdviceGrounding grounding) =>
        JsonSerializer.Serialize(new JsonObject
        {
            ["question"] = scrubbedQuestion,
            ["lesson"] = grounding.LessonTitle,
            ["pitfall"] = grounding.PitfallTitle,
            ["role"] = grounding.Role?.ToString().ToLowerInvariant(),
            ["passages"] = new JsonArray([.. grounding.Passages.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["text"] = p.Text })]),
        });

    public const string FindingsInstructions =
        "You read a message from someone in a Dutch public-sector partnership and report which of three pitfalls it describes as "
        + "happening: owner-savings-target (owners book savings from the start, no one-off budget for the start-up years), "
        + "client-unchanged-service (clients expect the service to stay exactly as it was, with local tailoring), "
        + "contractor-appearance-of-success (management keeps up an appearance of success, unrealistic budgets approved). "
        + "Do not report a pitfall the message says was avoided, or one that only happened elsewhere. For each finding quote "
        + "the shortest exact words of the message that show it as evidence, copied character for character. "
        + "Reply as JSON: {\"findings\": [{\"pitfall\": id, \"evidence\": string}]}; an empty list when none applies.";
}
