using System.Globalization;
using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Reads a typed answer for one item: the option's position number ("3"), its label or a synonym in
/// either language ("eens", "agree"), tolerant of case, accents and small typos.
/// </summary>
internal static class AnswerMatcher
{
    public static ScaleOption? Exact(Item item, string text)
    {
        ArgumentNullException.ThrowIfNull(item);
        var trimmed = text.Trim().TrimEnd('.', '!');
        // On the five-point scale the numbers are the points: "6" is no answer, "weet ik niet" is typed in words.
        var numbered = item.Scale.Kind == QuestionKind.Scale5
            ? item.Scale.Options.Count(o => o.Agreement is not null)
            : item.Scale.Options.Count;
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= numbered)
        {
            return item.Scale.Options[position - 1];
        }

        return Matcher(item).Exact(text);
    }

    public static ScaleOption? Fuzzy(Item item, string text) => Matcher(item).Fuzzy(text);

    public static ScaleOption? FromCard(Item item, string value) =>
        item.Scale.Options.FirstOrDefault(o => o.Value == value);

    private static PhraseMatcher<ScaleOption> Matcher(Item item) =>
        new(item.Scale.Options.SelectMany(o =>
            o.Synonyms.Append(o.Label.Nl).Append(o.Label.En).Append(o.Value).Select(p => (p, o))));
}
