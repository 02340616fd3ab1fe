namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>What a template argument holds: text, or a number (declared with <c>, number</c> or used in a plural).</summary>
public enum TemplateArgumentKind
{
    Text,
    Number,
}
