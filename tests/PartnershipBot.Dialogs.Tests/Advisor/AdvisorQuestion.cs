namespace PartnershipBot.Dialogs.Tests.Advisor;

/// <summary>One line of advisor-questions.jsonl: a question as a user in a role types it, and the lessons a good answer rests on.</summary>
public sealed record AdvisorQuestion(
    string Id,
    string Lang,
    string? Role,
    string Question,
    IReadOnlyList<string>? ExpectedLessons,
    IReadOnlyList<string>? ExpectedPitfalls,
    bool OffTopic);
