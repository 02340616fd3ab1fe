using PartnershipBot.Dialogs.Content.Model;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Collects validation problems so one start-up run reports all of them, not just the first.</summary>
internal sealed class Problems
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Add(string error) => _errors.Add(error);

    public string Id(string? id, string where)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add($"{where}: id is missing");
            return "?";
        }

        return id;
    }

    /// <summary>Reads {"nl": ..., "en": ...}; both must be present and non-empty.</summary>
    public LocalText Text(Dictionary<string, string>? text, string where)
    {
        var nl = Pick(text, "nl", where);
        var en = Pick(text, "en", where);
        return new LocalText(nl, en);
    }

    private string Pick(Dictionary<string, string>? text, string language, string where)
    {
        if (text is not null && text.TryGetValue(language, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Add($"{where}.{language} is missing");
        return "";
    }
}
