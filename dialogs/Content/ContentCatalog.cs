using System.Text.Json;
using PartnershipBot.Dialogs.Content.Loading;
using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content;

/// <summary>
/// All loaded content (item banks by version, advice, UI texts), validated. Load once at start-up
/// (register as a singleton); an invalid file throws <see cref="ContentValidationException"/> listing every problem.
/// </summary>
public sealed class ContentCatalog
{
    private const string Prefix = "PartnershipBot.Dialogs.Content.";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, ItemBank> _banks;

    private ContentCatalog(Dictionary<string, ItemBank> banks, ItemBank current, AdviceContent advice, UiContent ui)
    {
        _banks = banks;
        Current = current;
        Advice = advice;
        Ui = ui;
    }

    /// <summary>The bank version new checks start with.</summary>
    public string CurrentBankVersion => Current.Version;

    /// <summary>How many past results a user keeps (the current bank's maxHistory).</summary>
    public int MaxHistory => Current.MaxHistory;

    /// <summary>Every loaded bank version; checks in progress may still use a retired one.</summary>
    public IReadOnlyCollection<string> BankVersions => _banks.Keys;

    internal ItemBank Current { get; }

    internal AdviceContent Advice { get; }

    internal UiContent Ui { get; }

    internal ItemBank? Bank(string version) => _banks.GetValueOrDefault(version);

    /// <summary>A UI message by its ui.json key, for hosts that add a line of their own (validated at load).</summary>
    public string Message(string key, Language language) => Ui.Text(key, language);

    /// <summary>A ui.json message with its arguments filled in; counts agree through the plural rule (docs/texts.md).</summary>
    public string Format(string key, Language language, params (string Name, object Value)[] values) => Ui.Format(key, language, values);

    /// <summary>
    /// The one name of a pitfall in every card, report and message (the current bank's title); an unknown
    /// id comes back as itself so a retired pitfall still shows something traceable.
    /// </summary>
    public string PitfallName(string pitfallId, Language language) =>
        Current.Pitfalls.FirstOrDefault(p => p.Id == pitfallId)?.Title[language] ?? pitfallId;

    /// <summary>Loads and validates the JSON content embedded in this assembly (Content/bank-*.json, advice.json, ui.json).</summary>
    public static ContentCatalog LoadEmbedded()
    {
        var assembly = typeof(ContentCatalog).Assembly;
        string Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream(Prefix + name)
                ?? throw new ContentValidationException([$"embedded content file '{name}' is missing"]);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var banks = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "bank-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Name: n[Prefix.Length..], Json: Read(n[Prefix.Length..])))
            .ToList();
        return Load(banks, Read("advice.json"), Read("ui.json"));
    }

    /// <summary>Builds a catalog from raw JSON texts; tests use it with small inline banks.</summary>
    internal static ContentCatalog Load(IReadOnlyList<(string Name, string Json)> bankFiles, string adviceJson, string uiJson)
    {
        var problems = new Problems();
        var banks = new List<ItemBank>();
        foreach (var (name, json) in bankFiles)
        {
            if (Parse<BankDto>(json, name, problems) is { } dto)
            {
                banks.Add(BankBuilder.Build(dto, name, problems));
            }
        }

        BankBuilder.Unique(banks.Select(b => b.Version), "bank version", problems);
        var current = banks.Where(b => b.IsCurrent).ToList();
        if (current.Count != 1)
        {
            problems.Add($"exactly one bank must have status \"current\", found {current.Count}");
        }

        var advice = Parse<AdviceFileDto>(adviceJson, "advice.json", problems) is { } adviceDto
            ? AdviceBuilder.Build(adviceDto, banks, problems)
            : null;
        var ui = Parse<UiFileDto>(uiJson, "ui.json", problems) is { } uiDto
            ? UiBuilder.Build(uiDto, banks, problems)
            : null;
        if (problems.Errors.Count > 0 || advice is null || ui is null)
        {
            throw new ContentValidationException(problems.Errors);
        }

        return new ContentCatalog(banks.DistinctBy(b => b.Version).ToDictionary(b => b.Version), current[0], advice, ui);
    }

    private static T? Parse<T>(string json, string name, Problems problems)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, JsonOptions);
            if (value is null)
            {
                problems.Add($"{name}: the file is empty");
            }

            return value;
        }
        catch (JsonException exception)
        {
            problems.Add($"{name}: not valid JSON ({exception.Message})");
            return null;
        }
    }
}
