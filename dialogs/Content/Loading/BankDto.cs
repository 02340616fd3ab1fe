namespace PartnershipBot.Dialogs.Content.Loading;

// Raw shapes of the JSON files: everything nullable so the loader can report every missing field by name.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class BankDto
{
    public string? BankVersion { get; init; }
    public string? Status { get; init; }
    public LevelsDto? Levels { get; init; }
    public int? MaxHistory { get; init; }
    public int? ReuseAnswersDays { get; init; }
    public List<PitfallDto>? Pitfalls { get; init; }
    public List<LessonDto>? Lessons { get; init; }
    public List<ScaleDto>? Scales { get; init; }
    public List<ItemDto>? Context { get; init; }
    public List<ItemDto>? Items { get; init; }
    public List<ContradictionDto>? Contradictions { get; init; }
}

internal sealed class LevelsDto
{
    public int? ElevatedFrom { get; init; }
    public int? HighFrom { get; init; }
    public int? MinAnswered { get; init; }
}

internal sealed class PitfallDto
{
    public string? Id { get; init; }
    public string? Lesson { get; init; }
    public Dictionary<string, string>? Title { get; init; }
    public Dictionary<string, string>? Description { get; init; }
}

internal sealed class LessonDto
{
    public string? Id { get; init; }
    public Dictionary<string, string>? Title { get; init; }
}

internal sealed class ScaleDto
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public List<OptionDto>? Options { get; init; }
}

internal sealed class OptionDto
{
    public string? Value { get; init; }
    public double? Agreement { get; init; }
    public Dictionary<string, string>? Label { get; init; }
    public Dictionary<string, List<string>>? Synonyms { get; init; }
    public Dictionary<string, double>? Factors { get; init; }
}

internal sealed class ItemDto
{
    public string? Id { get; init; }
    public string? Scale { get; init; }
    public string? Dimension { get; init; }
    public bool? Required { get; init; }
    public List<string>? Checks { get; init; }
    public List<string>? Roles { get; init; }
    public Dictionary<string, string>? Text { get; init; }
    public Dictionary<string, string>? Short { get; init; }
    public List<OptionDto>? Options { get; init; }
    public Dictionary<string, double>? Pitfalls { get; init; }
    public Dictionary<string, double>? Lessons { get; init; }
}

internal sealed class ContradictionDto
{
    public string? Id { get; init; }
    public string? Pitfall { get; init; }
    public int? Points { get; init; }
    public List<ConditionDto>? When { get; init; }
    public Dictionary<string, string>? Text { get; init; }
}

internal sealed class ConditionDto
{
    public string? Item { get; init; }
    public double? AtLeast { get; init; }
    public double? AtMost { get; init; }
}
#pragma warning restore CA1812
