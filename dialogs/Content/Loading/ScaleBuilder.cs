using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Builds answer scales and options, checking each kind has the options it promises.</summary>
internal static class ScaleBuilder
{
    public static Dictionary<string, Scale> BuildScales(List<ScaleDto> dtos, string where, IReadOnlySet<string> pitfallIds, Problems problems)
    {
        var scales = new Dictionary<string, Scale>(StringComparer.Ordinal);
        foreach (var (dto, index) in dtos.Select((d, i) => (d, i)))
        {
            var id = problems.Id(dto.Id, $"{where}: scales[{index}]");
            var at = $"{where}: scale '{id}'";
            var kind = ParseKind(dto.Kind, at, problems);
            var options = BuildOptions(dto.Options ?? [], at, pitfallIds, problems);
            // Five points or yes/partly/no, each plus one "don't know" that carries no agreement and so scores as missing.
            var expected = kind switch { QuestionKind.Scale5 => 6, QuestionKind.YesPartlyNo => 4, QuestionKind.FreeText => 0, _ => -1 };
            if (expected >= 0 && options.Count != expected)
            {
                problems.Add($"{at}: a {dto.Kind} scale needs exactly {expected} options, found {options.Count}");
            }

            if (kind is QuestionKind.Scale5 or QuestionKind.YesPartlyNo && options.Count(o => o.Agreement is null) != 1)
            {
                problems.Add($"{at}: a {dto.Kind} scale needs exactly one 'don't know' option (agreement null)");
            }

            if (kind == QuestionKind.Choice && options.Count < 2)
            {
                problems.Add($"{at}: a choice scale needs at least two options");
            }

            if (!scales.TryAdd(id, new Scale(id, kind, options)))
            {
                problems.Add($"{where}: scale id '{id}' is used more than once");
            }
        }

        return scales;
    }

    public static List<ScaleOption> BuildOptions(List<OptionDto> dtos, string at, IReadOnlySet<string> pitfallIds, Problems problems)
    {
        var options = new List<ScaleOption>();
        foreach (var (dto, index) in dtos.Select((d, i) => (d, i)))
        {
            var value = problems.Id(dto.Value, $"{at}: options[{index}] value");
            if (dto.Agreement is < -1 or > 1)
            {
                problems.Add($"{at}: option '{value}' agreement must be between -1 and 1");
            }

            foreach (var (pitfall, factor) in dto.Factors ?? [])
            {
                if (!pitfallIds.Contains(pitfall))
                {
                    problems.Add($"{at}: option '{value}' has a factor for unknown pitfall '{pitfall}'");
                }

                if (factor is <= 0 or > 2)
                {
                    problems.Add($"{at}: option '{value}' factor for '{pitfall}' must be in (0, 2]");
                }
            }

            var synonyms = (dto.Synonyms ?? []).Values.SelectMany(s => s).ToList();
            options.Add(new ScaleOption(value, dto.Agreement, problems.Text(dto.Label, $"{at}: option '{value}' label"),
                synonyms, dto.Factors ?? []));
        }

        BankBuilder.Unique(options.Select(o => o.Value), $"{at}: option", problems);
        return options;
    }

    private static QuestionKind ParseKind(string? kind, string at, Problems problems)
    {
        switch (kind)
        {
            case "scale5": return QuestionKind.Scale5;
            case "yesPartlyNo": return QuestionKind.YesPartlyNo;
            case "choice": return QuestionKind.Choice;
            case "freeText": return QuestionKind.FreeText;
            default:
                problems.Add($"{at}: kind '{kind}' is not one of scale5, yesPartlyNo, choice, freeText");
                return QuestionKind.Choice;
        }
    }
}
