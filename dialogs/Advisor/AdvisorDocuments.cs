namespace PartnershipBot.Dialogs.Advisor;

// The JSON shapes of Content/advisor/*.json, as read; AdvisorContent turns them into validated records.

internal sealed class PassageFileDocument
{
    public List<LessonPassagesDocument>? Lessons { get; set; }
}

internal sealed class LessonPassagesDocument
{
    public string? Lesson { get; set; }

    public Dictionary<string, string>? Keywords { get; set; }

    public List<PassageDocument>? Passages { get; set; }
}

internal sealed class PassageDocument
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Role { get; set; }

    public string? Nl { get; set; }

    public string? En { get; set; }
}

internal sealed class AdvisorFileDocument
{
    public AdvisorSettingsDocument? Settings { get; set; }

    public Dictionary<string, AdvisorWordsDocument>? Words { get; set; }

    public Dictionary<string, Dictionary<string, List<string>>>? Roles { get; set; }

    public Dictionary<string, Dictionary<string, string>>? Texts { get; set; }
}

internal sealed class AdvisorSettingsDocument
{
    public int Candidates { get; set; } = 12;

    public double KeywordBoost { get; set; } = 0.35;

    public double AnalyzerBoost { get; set; } = 0.6;

    public double AlsoShare { get; set; } = 0.75;

    public int MaxInputLength { get; set; } = 1000;
}

internal sealed class AdvisorWordsDocument
{
    public List<string>? Question { get; set; }

    public List<string>? Request { get; set; }

    public List<string>? Abuse { get; set; }

    public List<string>? Domain { get; set; }

    public List<string>? InsultIfAddressed { get; set; }

    public List<string>? Addressed { get; set; }

    public List<string>? Filler { get; set; }

    public List<string>? PersonalData { get; set; }

    public List<string>? Injection { get; set; }
}
