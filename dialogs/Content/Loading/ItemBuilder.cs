using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Builds context questions and scored items.</summary>
internal static class ItemBuilder
{
    private static readonly Role[] AllRoles = [Role.Owner, Role.Client, Role.Contractor, Role.Advisor];

    public static Item BuildContext(ItemDto dto, int index, string where, IReadOnlySet<string> pitfallIds, Problems problems)
    {
        var id = problems.Id(dto.Id, $"{where}: context[{index}]");
        var at = $"{where}: context item '{id}'";
        ContextDimension? dimension = dto.Dimension switch
        {
            "role" => ContextDimension.Role,
            "age" => ContextDimension.Age,
            "tasks" => ContextDimension.Tasks,
            "motive" => ContextDimension.Motive,
            _ => null,
        };
        if (dimension is null)
        {
            problems.Add($"{at}: dimension '{dto.Dimension}' is not one of role, age, tasks, motive");
        }

        var options = ScaleBuilder.BuildOptions(dto.Options ?? [], at, pitfallIds, problems);
        if (options.Count < 2)
        {
            problems.Add($"{at}: needs at least two options");
        }

        if (dimension == ContextDimension.Role)
        {
            var values = options.Select(o => o.Value).Order(StringComparer.Ordinal);
            if (!values.SequenceEqual(["advisor", "client", "contractor", "owner"]))
            {
                problems.Add($"{at}: the role question's option values must be exactly owner, client, contractor, advisor");
            }
        }

        return new Item(id, problems.Text(dto.Text, $"{at} text"), problems.Text(dto.Short, $"{at} short"),
            new Scale(id, QuestionKind.Choice, options), AllRoles, false, false,
            new Dictionary<string, double>(), new Dictionary<string, double>(),
            dimension ?? ContextDimension.Motive, dto.Required ?? false);
    }

    public static Item BuildItem(
        ItemDto dto, int index, string where, IReadOnlyDictionary<string, Scale> scales,
        IReadOnlyList<PitfallDefinition> pitfalls, IReadOnlySet<string> lessonIds, Problems problems)
    {
        var id = problems.Id(dto.Id, $"{where}: items[{index}]");
        var at = $"{where}: item '{id}'";
        var scale = ResolveScale(dto, at, scales, pitfalls, problems);
        var roles = ParseRoles(dto.Roles, at, problems);
        var checks = dto.Checks ?? [];
        if (checks.Count == 0 || checks.Any(c => c is not ("quick" or "full")))
        {
            problems.Add($"{at}: checks must list \"quick\" and/or \"full\"");
        }

        var pitfallWeights = dto.Pitfalls ?? [];
        var lessonWeights = dto.Lessons ?? [];
        CheckWeights(pitfallWeights, pitfalls.Select(p => p.Id).ToHashSet(), "pitfall", at, problems);
        CheckWeights(lessonWeights, lessonIds, "lesson", at, problems);
        if (pitfallWeights.Count + lessonWeights.Count == 0)
        {
            problems.Add($"{at}: has no weight toward any pitfall or lesson");
        }

        if (scale.Kind == QuestionKind.FreeText && lessonWeights.Count > 0)
        {
            problems.Add($"{at}: a free-text item can only carry pitfall weights");
        }

        foreach (var pitfall in pitfalls.Where(p => pitfallWeights.ContainsKey(p.Id) && lessonWeights.ContainsKey(p.LessonId)))
        {
            problems.Add($"{at}: weighs both pitfall '{pitfall.Id}' and its protective lesson '{pitfall.LessonId}'; choose one direction");
        }

        return new Item(id, problems.Text(dto.Text, $"{at} text"), problems.Text(dto.Short, $"{at} short"), scale, roles,
            checks.Contains("quick"), checks.Contains("full"), pitfallWeights, lessonWeights, null, false);
    }

    private static Scale ResolveScale(ItemDto dto, string at, IReadOnlyDictionary<string, Scale> scales,
        IReadOnlyList<PitfallDefinition> pitfalls, Problems problems)
    {
        if (dto.Options is { Count: > 0 } inline)
        {
            return new Scale(dto.Id ?? "?", QuestionKind.Choice,
                ScaleBuilder.BuildOptions(inline, at, pitfalls.Select(p => p.Id).ToHashSet(), problems));
        }

        if (dto.Scale is not null && scales.TryGetValue(dto.Scale, out var scale))
        {
            return scale;
        }

        problems.Add($"{at}: scale '{dto.Scale}' is not defined");
        return new Scale("?", QuestionKind.FreeText, []);
    }

    private static List<Role> ParseRoles(List<string>? roles, string at, Problems problems)
    {
        var parsed = new List<Role>();
        foreach (var role in roles ?? [])
        {
            Role? value = role switch
            {
                "owner" => Role.Owner,
                "client" => Role.Client,
                "contractor" => Role.Contractor,
                "advisor" => Role.Advisor,
                _ => null,
            };
            if (value is null)
            {
                problems.Add($"{at}: unknown role '{role}'");
            }
            else
            {
                parsed.Add(value.Value);
            }
        }

        if (parsed.Count == 0)
        {
            problems.Add($"{at}: applies to no role");
        }

        return parsed;
    }

    private static void CheckWeights(Dictionary<string, double> weights, IReadOnlySet<string> known, string what, string at, Problems problems)
    {
        foreach (var (id, weight) in weights)
        {
            if (!known.Contains(id))
            {
                problems.Add($"{at}: weight for unknown {what} '{id}'");
            }

            if (weight is <= 0 or > 1)
            {
                problems.Add($"{at}: weight for {what} '{id}' is {weight}, must be in (0, 1]");
            }
        }
    }
}
