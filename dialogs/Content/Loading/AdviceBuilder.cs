using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Builds advice.json and checks it against the pitfalls of every bank.</summary>
internal static class AdviceBuilder
{
    public static AdviceContent Build(AdviceFileDto dto, IReadOnlyList<ItemBank> banks, Problems problems)
    {
        const string where = "advice";
        var sayings = new Dictionary<string, LocalText>(StringComparer.Ordinal);
        foreach (var (saying, index) in (dto.Sayings ?? []).Select((s, i) => (s, i)))
        {
            var id = problems.Id(saying.Id, $"{where}: sayings[{index}]");
            if (!sayings.TryAdd(id, problems.Text(saying.Text, $"{where}: saying '{id}'")))
            {
                problems.Add($"{where}: saying id '{id}' is used more than once");
            }
        }

        var entries = (dto.Advice ?? []).Select((a, i) => BuildEntry(a, i, sayings, banks, problems)).ToList();
        BankBuilder.Unique(entries.Select(e => e.PitfallId), $"{where}: advice for pitfall", problems);
        foreach (var pitfall in banks.SelectMany(b => b.Pitfalls).DistinctBy(p => p.Id))
        {
            var entry = entries.FirstOrDefault(e => e.PitfallId == pitfall.Id);
            if (entry is null)
            {
                problems.Add($"{where}: no advice for pitfall '{pitfall.Id}'");
            }
            else if (entry.LessonId != pitfall.LessonId)
            {
                problems.Add($"{where}: advice for '{pitfall.Id}' uses lesson '{entry.LessonId}', but the bank pairs it with '{pitfall.LessonId}'");
            }
        }

        var healthy = dto.Healthy;
        var recognition = problems.Text(healthy?.Recognition, $"{where}: healthy.recognition");
        CheckSaying(healthy?.Saying, sayings, $"{where}: healthy", problems);
        var keepWatching = new Dictionary<string, LocalText>(StringComparer.Ordinal);
        foreach (var watch in healthy?.KeepWatching ?? [])
        {
            keepWatching[watch.Pitfall ?? "?"] = problems.Text(watch.Text, $"{where}: keepWatching '{watch.Pitfall}'");
        }

        foreach (var pitfall in banks.SelectMany(b => b.Pitfalls).Select(p => p.Id).Distinct().Where(p => !keepWatching.ContainsKey(p)))
        {
            problems.Add($"{where}: healthy.keepWatching has no line for pitfall '{pitfall}'");
        }

        return new AdviceContent(sayings, entries, recognition, healthy?.Saying, keepWatching);
    }

    private static AdviceEntry BuildEntry(AdviceDto dto, int index, Dictionary<string, LocalText> sayings, IReadOnlyList<ItemBank> banks, Problems problems)
    {
        var pitfall = problems.Id(dto.Pitfall, $"advice[{index}] pitfall");
        var at = $"advice for '{pitfall}'";
        CheckSaying(dto.Saying, sayings, at, problems);
        var steps = new Dictionary<Role, IReadOnlyList<AdviceStepContent>>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var key = role.ToString().ToLowerInvariant();
            var list = dto.Steps is not null && dto.Steps.TryGetValue(key, out var found) ? found : [];
            if (list.Count is < 2 or > 3)
            {
                problems.Add($"{at}: role '{key}' needs 2 or 3 next steps, found {list.Count}");
            }

            var built = list.Select((s, i) => Step(s, $"{at}: steps.{key}[{i}]", banks, problems)).ToList();
            if (built.Count > 0 && built.All(s => s.SkipItemId is not null))
            {
                problems.Add($"{at}: role '{key}' needs at least one step without skipWhen");
            }

            steps[role] = built;
        }

        return new AdviceEntry(pitfall, dto.Lesson ?? "", dto.Saying, problems.Text(dto.Why, $"{at}: why"), steps);
    }

    /// <summary>A step's text, and its optional <c>"skipWhen": "item=value"</c>, checked against the banks' items and scales.</summary>
    private static AdviceStepContent Step(Dictionary<string, string> dto, string where, IReadOnlyList<ItemBank> banks, Problems problems)
    {
        var text = problems.Text(dto, where);
        if (!dto.TryGetValue("skipWhen", out var skip))
        {
            return new AdviceStepContent(text);
        }

        var parts = skip.Split('=', 2, StringSplitOptions.TrimEntries);
        var item = parts.Length == 2 ? banks.Select(b => b.FindItem(parts[0])).FirstOrDefault(i => i is not null) : null;
        if (item is null || item.Scale.Find(parts[1]) is null)
        {
            problems.Add($"{where}: skipWhen '{skip}' must be 'item=value' with an item of the bank and a value of its scale");
            return new AdviceStepContent(text);
        }

        return new AdviceStepContent(text, parts[0], parts[1]);
    }

    private static void CheckSaying(string? saying, Dictionary<string, LocalText> sayings, string at, Problems problems)
    {
        if (saying is not null && !sayings.ContainsKey(saying))
        {
            problems.Add($"{at}: refers to unknown saying '{saying}'");
        }
    }
}
