namespace PartnershipBot.Dialogs.Content.Loading;

#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class AdviceFileDto
{
    public List<SayingDto>? Sayings { get; init; }
    public List<AdviceDto>? Advice { get; init; }
    public HealthyDto? Healthy { get; init; }
}

internal sealed class SayingDto
{
    public string? Id { get; init; }
    public Dictionary<string, string>? Text { get; init; }
}

internal sealed class AdviceDto
{
    public string? Pitfall { get; init; }
    public string? Lesson { get; init; }
    public string? Saying { get; init; }
    public Dictionary<string, string>? Why { get; init; }
    public Dictionary<string, List<Dictionary<string, string>>>? Steps { get; init; }
}

internal sealed class HealthyDto
{
    public Dictionary<string, string>? Recognition { get; init; }
    public string? Saying { get; init; }
    public List<KeepWatchingDto>? KeepWatching { get; init; }
}

internal sealed class KeepWatchingDto
{
    public string? Pitfall { get; init; }
    public Dictionary<string, string>? Text { get; init; }
}

internal sealed class UiFileDto
{
    public List<CommandDto>? Commands { get; init; }
    public List<SmallTalkDto>? SmallTalk { get; init; }
    public Dictionary<string, Dictionary<string, string>>? Messages { get; init; }
}

internal sealed class SmallTalkDto
{
    public string? Reply { get; init; }
    public Dictionary<string, List<string>>? Words { get; init; }
}

internal sealed class CommandDto
{
    public string? Id { get; init; }
    public Dictionary<string, List<string>>? Words { get; init; }
    public Dictionary<string, string>? Help { get; init; }
    public Dictionary<string, string>? SharedHelp { get; init; }
    public List<string>? Scopes { get; init; }
    public bool Host { get; init; }
}
#pragma warning restore CA1812
