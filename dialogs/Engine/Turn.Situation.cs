using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

internal sealed partial class Turn
{
    /// <summary>
    /// Reads free text that is neither a command nor an answer as a description of the partnership.
    /// Null when no analyzer is configured or it recognises no pitfall (the caller then shows help).
    /// </summary>
    private SituationOutput? ReadSituation(string text)
    {
        if (_analyzer is null)
        {
            return null;
        }

        var bank = _content.Current;
        var findings = _analyzer(text, _language)
            .Where(signal => bank.Pitfalls.Any(p => p.Id == signal.PitfallId))
            .OrderByDescending(signal => signal.Score)
            .Select(signal =>
            {
                var pitfall = bank.Pitfall(signal.PitfallId);
                var lesson = bank.Lesson(pitfall.LessonId);
                var advice = _content.Advice.For(pitfall.Id);
                return new SituationFinding(
                    pitfall.Id,
                    pitfall.Title[_language],
                    pitfall.Description[_language],
                    signal.Score,
                    signal.Phrases,
                    lesson.Id,
                    lesson.Title[_language],
                    advice?.Why[_language] ?? string.Empty);
            })
            .ToList();
        if (findings.Count == 0)
        {
            return null;
        }

        return new SituationOutput(
            _language,
            Ui.Text("situation.title", _language),
            Ui.Text("situation.intro", _language),
            findings,
            Ui.Text("situation.yourWords", _language),
            Ui.Text("situation.whatHelps", _language),
            Ui.Text("situation.closing", _language),
            [new SuggestedAction(Ui.Text("action.quickCheck", _language), CardActions.QuickCheck)]);
    }
}
