using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Scheduling;

/// <summary>The spec as stored in a job's data: JSON text, readable in the database and tolerant of new fields.</summary>
internal static class ReminderSpecJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ReminderSpec spec) => JsonSerializer.Serialize(spec, Options);

    public static ReminderSpec Deserialize(string json) =>
        JsonSerializer.Deserialize<ReminderSpec>(json, Options) ?? throw new JsonException("A reminder's job data holds no spec.");
}
