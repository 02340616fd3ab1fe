using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>Negative controls: the committed manifest with one mistake each, to prove a validator can fail.</summary>
internal static class BrokenManifests
{
    public const string OldManifestVersion = "manifestVersion 1.28";
    public const string NoDeveloper = "developer missing";
    public const string MeetingScope = "scope meeting";
    public const string MisspeltBotId = "botID instead of botId";
    public const string BotIdNotGuid = "botId not a GUID";
    public const string NoAccentColor = "accentColor missing";

    public static IReadOnlyList<string> AllMistakes { get; } =
        [OldManifestVersion, NoDeveloper, MeetingScope, MisspeltBotId, BotIdNotGuid, NoAccentColor];

    public static string Create(string mistake)
    {
        var manifest = Committed();
        var bot = manifest["bots"]![0]!.AsObject();
        switch (mistake)
        {
            case OldManifestVersion:
                manifest["manifestVersion"] = "1.28";
                break;
            case NoDeveloper:
                manifest.Remove("developer");
                break;
            case MeetingScope:
                bot["scopes"] = new JsonArray("personal", "meeting");
                break;
            case MisspeltBotId:
                var id = bot["botId"]!.GetValue<string>();
                bot.Remove("botId");
                bot["botID"] = id;
                break;
            case BotIdNotGuid:
                bot["botId"] = "${{BOT_APP_ID}}";
                break;
            case NoAccentColor:
                manifest.Remove("accentColor");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mistake), mistake, "unknown mistake");
        }

        return manifest.ToJsonString();
    }

    public static JsonObject Committed() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.ManifestFile))!.AsObject();
}
