using System.Globalization;
using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>Small building blocks shared by the cards, so every card looks and behaves alike.</summary>
internal static class CardParts
{
    public static AdaptiveCard Card(
        string fallbackText,
        IReadOnlyList<CardElement> body,
        IReadOnlyList<CardAction>? actions = null) =>
        new(fallbackText, body)
        {
            Actions = actions is { Count: > 0 } ? actions : null,
        };

    /// <summary>A heading (style "heading" lets screen readers announce it as one).</summary>
    public static TextBlock Heading(string text) =>
        new(text) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Subheading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text);

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small };

    /// <summary>A numbered or bulleted line without relying on markdown (renderers differ in list support).</summary>
    public static ColumnSet ListItem(string marker, string text) =>
        new([
            new Column([new TextBlock(marker) { Wrap = false }]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock(text)]) { Width = ColumnWidth.Stretch },
        ])
        { Spacing = Spacing.Small };

    /// <summary>Bare numbers: "1." alone would become an empty markdown list item in Teams.</summary>
    public static IEnumerable<CardElement> Numbered(IEnumerable<string> lines) =>
        lines.Select((line, index) => ListItem((index + 1).ToString(CultureInfo.InvariantCulture), line));

    public static IEnumerable<CardElement> Bulleted(IEnumerable<string> lines) =>
        lines.Select(line => ListItem("•", line));

    /// <summary>Buttons the domain suggests. Submit (not Execute): these start something new, the card stays.</summary>
    public static IReadOnlyList<CardAction> Suggested(IReadOnlyList<SuggestedAction> actions) =>
        [.. actions.Select(CardAction (action) => new SubmitAction(action.Title, new ActionData(action.Action) { Erasure = action.Erasure }))];

    public static string Format(CardTexts texts, string format, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo(texts.Culture), format, args);

    /// <summary>Plain-text fallback: the lines joined, for notifications and clients without cards.</summary>
    public static string Fallback(params IEnumerable<string?> lines) =>
        string.Join("\n", lines.Where(line => !string.IsNullOrWhiteSpace(line)));
}
