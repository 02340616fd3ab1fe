using System.Text.Json;

namespace PartnershipBot.Rounds;

/// <summary>The reminder kinds the round feature schedules and handles, and their payload.</summary>
internal static class RoundReminderKinds
{
    public const string Close = "round.close";
    public const string NonRespondents = "round.nonRespondents";
    public const string Recheck = "round.recheck";
    public const string Retention = "round.retention";

    /// <summary>Owner of the per-tenant retention job: no person, so no one lists or cancels it by accident.</summary>
    public const string SystemOwner = "system:rounds";

    public const string RetentionSubject = "rounds";

    /// <summary>Re-check reminders are about the partnership's next round, so closing this one leaves them.</summary>
    public static string RecheckSubject(string roundId) => "recheck:" + roundId;

    /// <summary>Kinds that are system jobs: nobody cancels them from a reminder list.</summary>
    public static bool IsSystemJob(string kind) => kind is Close or Retention;

    public static string Payload(string roundId) => JsonSerializer.Serialize(new RoundPayload(roundId), PayloadJson);

    public static string? RoundIdOf(string payloadJson)
    {
        try
        {
            return JsonSerializer.Deserialize<RoundPayload>(payloadJson, PayloadJson)?.RoundId;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private sealed record RoundPayload(string RoundId);
}
