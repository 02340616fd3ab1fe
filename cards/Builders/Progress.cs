using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>The "Vraag 3 van 8" line and the bar under it; the bar never stands without that text.</summary>
internal static class Progress
{
    /// <summary>Header and bar in one container, so the bar's text equivalent sits right beside it.</summary>
    public static Container Block(QuestionView question) => new([Header(question), Bar(question.Index, question.Total)]);

    public static ColumnSet Header(QuestionView question) =>
        new([
            new Column([CardParts.Subtle(question.SectionTitle) with { Spacing = null }]) { Width = ColumnWidth.Stretch },
            new Column([new TextBlock(question.ProgressText) { Wrap = false, Weight = TextWeight.Bolder, Size = TextSize.Small }])
            {
                Width = ColumnWidth.Auto,
            },
        ]);

    /// <summary>Two weighted columns: done (accent) and still to go (neutral).</summary>
    public static ColumnSet Bar(int index, int total)
    {
        var done = Math.Clamp(index, 0, Math.Max(total, 1));
        var remaining = Math.Max(total, 1) - done;
        List<Column> columns = [];
        if (done > 0)
        {
            columns.Add(Segment(done, ContainerStyle.Accent));
        }

        if (remaining > 0)
        {
            columns.Add(Segment(remaining, ContainerStyle.Emphasis));
        }

        return new ColumnSet(columns) { Spacing = Spacing.Small };
    }

    /// <summary>A bar segment: an empty, styled column whose height is fixed, weighted by its share.</summary>
    public static Column Segment(int weight, ContainerStyle style) =>
        new([]) { Width = ColumnWidth.Weighted(weight), Style = style, MinHeight = "8px", Spacing = Spacing.None };
}
