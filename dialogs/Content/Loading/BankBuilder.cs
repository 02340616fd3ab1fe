using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Turns one bank file into an <see cref="ItemBank"/>, recording every structural problem.</summary>
internal static class BankBuilder
{
    public static ItemBank Build(BankDto dto, string file, Problems problems)
    {
        var where = $"{file}";
        var version = problems.Id(dto.BankVersion, $"{where}: bankVersion");
        where = $"bank {version}";
        var isCurrent = dto.Status switch
        {
            "current" => true,
            "retired" => false,
            _ => Fail(problems, $"{where}: status must be \"current\" or \"retired\""),
        };
        var elevated = dto.Levels?.ElevatedFrom ?? 0;
        var high = dto.Levels?.HighFrom ?? 0;
        if (elevated <= 0 || high <= elevated || high > 100)
        {
            problems.Add($"{where}: levels must satisfy 0 < elevatedFrom < highFrom <= 100");
        }

        var minAnswered = dto.Levels?.MinAnswered ?? 1;
        if (minAnswered is < 1 or > 5)
        {
            problems.Add($"{where}: levels.minAnswered must be between 1 and 5");
        }

        var lessons = (dto.Lessons ?? []).Select((l, i) =>
            new LessonDefinition(problems.Id(l.Id, $"{where}: lessons[{i}]"), problems.Text(l.Title, $"{where}: lesson '{l.Id}' title"))).ToList();
        Unique(lessons.Select(l => l.Id), $"{where}: lesson", problems);
        var pitfalls = (dto.Pitfalls ?? []).Select((p, i) => BuildPitfall(p, i, where, lessons, problems)).ToList();
        Unique(pitfalls.Select(p => p.Id), $"{where}: pitfall", problems);
        if (pitfalls.Count == 0)
        {
            problems.Add($"{where}: no pitfalls defined");
        }

        var pitfallIds = pitfalls.Select(p => p.Id).ToHashSet();
        var lessonIds = lessons.Select(l => l.Id).ToHashSet();
        var scales = ScaleBuilder.BuildScales(dto.Scales ?? [], where, pitfallIds, problems);
        var context = (dto.Context ?? []).Select((c, i) => ItemBuilder.BuildContext(c, i, where, pitfallIds, problems)).ToList();
        var items = (dto.Items ?? []).Select((it, i) => ItemBuilder.BuildItem(it, i, where, scales, pitfalls, lessonIds, problems)).ToList();
        Unique(context.Concat(items).Select(i => i.Id), $"{where}: item", problems);
        var bank = new ItemBank(
            version, isCurrent, elevated, high,
            dto.MaxHistory ?? 10, dto.ReuseAnswersDays ?? 90,
            pitfalls, lessons, context, items, [])
        {
            MinAnswered = minAnswered,
        };
        var contradictions = (dto.Contradictions ?? []).Select((c, i) => BuildContradiction(c, i, where, bank, problems)).ToList();
        Unique(contradictions.Select(c => c.Id), $"{where}: contradiction", problems);
        bank = bank with { Contradictions = contradictions };
        BankRules.Check(bank, problems);
        return bank;
    }

    private static PitfallDefinition BuildPitfall(PitfallDto p, int index, string where, List<LessonDefinition> lessons, Problems problems)
    {
        var id = problems.Id(p.Id, $"{where}: pitfalls[{index}]");
        var lesson = p.Lesson ?? "";
        if (lessons.All(l => l.Id != lesson))
        {
            problems.Add($"{where}: pitfall '{id}' refers to unknown lesson '{lesson}'");
        }

        return new PitfallDefinition(id, lesson, problems.Text(p.Title, $"{where}: pitfall '{id}' title"),
            problems.Text(p.Description, $"{where}: pitfall '{id}' description"));
    }

    private static ContradictionRule BuildContradiction(ContradictionDto c, int index, string where, ItemBank bank, Problems problems)
    {
        var id = problems.Id(c.Id, $"{where}: contradictions[{index}]");
        var at = $"{where}: contradiction '{id}'";
        if (bank.Pitfalls.All(p => p.Id != c.Pitfall))
        {
            problems.Add($"{at} refers to unknown pitfall '{c.Pitfall}'");
        }

        var points = c.Points ?? -1;
        if (points is < 0 or > 50)
        {
            problems.Add($"{at}: points must be between 0 and 50");
        }

        var conditions = (c.When ?? []).Select(w => new ContradictionCondition(w.Item ?? "", w.AtLeast, w.AtMost)).ToList();
        if (conditions.Count < 2)
        {
            problems.Add($"{at}: needs at least two conditions");
        }

        foreach (var condition in conditions)
        {
            var item = bank.FindItem(condition.ItemId);
            if (item is null || item.IsContext || item.Scale.Kind == QuestionKind.FreeText)
            {
                problems.Add($"{at} refers to unknown or unscored item '{condition.ItemId}'");
            }

            if (condition.AtLeast is null == condition.AtMost is null
                || condition.AtLeast is < -1 or > 1 || condition.AtMost is < -1 or > 1)
            {
                problems.Add($"{at}: each condition needs exactly one of atLeast/atMost between -1 and 1");
            }
        }

        return new ContradictionRule(id, c.Pitfall ?? "", points, conditions, problems.Text(c.Text, $"{at} text"));
    }

    internal static void Unique(IEnumerable<string> ids, string what, Problems problems)
    {
        foreach (var duplicate in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{what} id '{duplicate.Key}' is used more than once");
        }
    }

    private static bool Fail(Problems problems, string error)
    {
        problems.Add(error);
        return false;
    }
}
