namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>One piece of a parsed template.</summary>
internal abstract record TemplateNode;

internal sealed record LiteralNode(string Text) : TemplateNode;

internal sealed record ArgumentNode(string Name, TemplateArgumentKind Kind) : TemplateNode;

/// <summary><c>#</c> inside a plural branch: the branch's number.</summary>
internal sealed record CountNode(string Name) : TemplateNode;

/// <summary><c>{name, plural, =0 {…} one {…} other {…}}</c>; exact matches win over categories.</summary>
internal sealed record PluralNode(
    string Name,
    IReadOnlyDictionary<long, IReadOnlyList<TemplateNode>> Exact,
    IReadOnlyDictionary<PluralCategory, IReadOnlyList<TemplateNode>> Categories) : TemplateNode;
