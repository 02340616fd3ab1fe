using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The rules of Teams' localisation file, written out here because no copy of its schema sits in the
/// repository: the keys a bot-only app may translate, their length limits, the required keys, and
/// that every key names a text that exists in the manifest.
/// </summary>
internal static partial class LocalisationRules
{
    private static readonly Dictionary<string, int> FixedKeys = new(StringComparer.Ordinal)
    {
        ["name.short"] = 30, // the manifest's limit; the localisation schema alone would allow 300
        ["name.full"] = 100,
        ["description.short"] = 80,
        ["description.full"] = 4000,
    };

    private static readonly string[] RequiredKeys = ["name.short", "description.short", "description.full"];

    public static IReadOnlyList<string> Check(JsonObject strings, JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(manifest);
        var problems = RequiredKeys.Where(k => !strings.ContainsKey(k)).Select(k => $"{k}: required").ToList();
        foreach (var (key, value) in strings)
        {
            if (key == "$schema")
            {
                continue;
            }

            if (value?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                problems.Add($"{key}: not a string");
                continue;
            }

            var limit = LimitOf(key, manifest, out var keyProblem);
            if (keyProblem is not null)
            {
                problems.Add($"{key}: {keyProblem}");
            }
            else if (value.GetValue<string>().Length > limit)
            {
                problems.Add($"{key}: longer than {limit}");
            }
            else if (Informal().IsMatch(value.GetValue<string>()))
            {
                // The product speaks the formal register everywhere, the store listing included.
                problems.Add($"{key}: informal 'je/jij/jouw' (write 'u/uw')");
            }
        }

        return problems;
    }

    /// <summary>The manifest with the translated texts put in place, for a schema check of the result.</summary>
    public static JsonObject Apply(JsonObject strings, JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var localised = manifest.DeepClone().AsObject();
        foreach (var (key, value) in strings.Where(p => p.Key != "$schema"))
        {
            var command = CommandKey().Match(key);
            if (command.Success)
            {
                localised["bots"]![0]!["commandLists"]![Index(command, 1)]!["commands"]![Index(command, 2)]![command.Groups[3].Value] = value!.GetValue<string>();
            }
            else
            {
                var parts = key.Split('.');
                localised[parts[0]]![parts[1]] = value!.GetValue<string>();
            }
        }

        return localised;
    }

    private static int LimitOf(string key, JsonObject manifest, out string? problem)
    {
        problem = null;
        if (FixedKeys.TryGetValue(key, out var fixedLimit))
        {
            return fixedLimit;
        }

        var command = CommandKey().Match(key);
        if (!command.Success)
        {
            problem = "not a localisable key";
            return 0;
        }

        var lists = manifest["bots"]?[0]?["commandLists"]?.AsArray();
        var (list, item) = (Index(command, 1), Index(command, 2));
        if (lists is null || list >= lists.Count || item >= lists[list]!["commands"]!.AsArray().Count)
        {
            problem = "no such command in the manifest";
        }

        return command.Groups[3].Value == "title" ? 32 : 128;
    }

    private static int Index(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(je|jij|jou|jouw|jullie|jezelf)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Informal();

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[([0-2])\]\.commands\[([0-9])\]\.(title|description)$")]
    private static partial Regex CommandKey();
}
