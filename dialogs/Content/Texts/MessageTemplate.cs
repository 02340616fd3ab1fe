using System.Globalization;
using System.Text;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>
/// A parsed message in one language: literal text, <c>{name}</c> arguments and ICU plurals that agree
/// nouns and verbs with a number ("1 van de 3 valkuilen vraagt aandacht", "2 … vragen aandacht").
/// Parsed once when content loads; formatting never parses. See docs/texts.md.
/// </summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyList<TemplateNode> _nodes;

    private MessageTemplate(string source, Language language, IReadOnlyList<TemplateNode> nodes, IReadOnlyDictionary<string, TemplateArgumentKind> arguments)
    {
        Source = source;
        Language = language;
        _nodes = nodes;
        Arguments = arguments;
    }

    public string Source { get; }

    /// <summary>Whose plural rule the template follows.</summary>
    public Language Language { get; }

    /// <summary>Every argument the template reads, with its kind.</summary>
    public IReadOnlyDictionary<string, TemplateArgumentKind> Arguments { get; }

    /// <summary>Parses <paramref name="source"/>; a malformed template throws <see cref="FormatException"/> saying where.</summary>
    public static MessageTemplate Parse(string source, Language language)
    {
        ArgumentNullException.ThrowIfNull(source);
        var nodes = TemplateParser.Parse(source);
        var arguments = new Dictionary<string, TemplateArgumentKind>(StringComparer.Ordinal);
        Collect(nodes, arguments);
        return new MessageTemplate(source, language, nodes, arguments);
    }

    /// <summary>The text with every argument filled in. A missing argument, or a number given for a text argument, is a bug and throws.</summary>
    public string Format(params (string Name, object Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookup = new Dictionary<string, object>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            lookup[name] = value;
        }

        foreach (var (name, kind) in Arguments)
        {
            if (!lookup.TryGetValue(name, out var value))
            {
                throw new ArgumentException($"the template needs the argument '{name}'", nameof(values));
            }

            // A count hidden in a text argument would escape the plural rule and the 0/1/2/many test.
            if (kind == TemplateArgumentKind.Text && IsInteger(value))
            {
                throw new ArgumentException($"'{name}' is a number: declare it as {{{name}, number}} or use a plural", nameof(values));
            }

            if (kind == TemplateArgumentKind.Number && !IsInteger(value))
            {
                throw new ArgumentException($"'{name}' must be a whole number", nameof(values));
            }
        }

        var builder = new StringBuilder(Source.Length + 32);
        Write(builder, _nodes, lookup);
        return builder.ToString();
    }

    public override string ToString() => Source;

    private void Write(StringBuilder builder, IReadOnlyList<TemplateNode> nodes, Dictionary<string, object> values)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LiteralNode literal:
                    builder.Append(literal.Text);
                    break;
                case ArgumentNode argument:
                    builder.Append(Convert.ToString(values[argument.Name], CultureInfo.InvariantCulture));
                    break;
                case CountNode count:
                    builder.Append(Convert.ToInt64(values[count.Name], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    break;
                case PluralNode plural:
                    var n = Convert.ToInt64(values[plural.Name], CultureInfo.InvariantCulture);
                    var branch = plural.Exact.TryGetValue(n, out var exact)
                        ? exact
                        : plural.Categories.TryGetValue(Plural.Category(Language, n), out var category) ? category : plural.Categories[PluralCategory.Other];
                    Write(builder, branch, values);
                    break;
            }
        }
    }

    private static void Collect(IReadOnlyList<TemplateNode> nodes, Dictionary<string, TemplateArgumentKind> arguments)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ArgumentNode argument:
                    Declare(arguments, argument.Name, argument.Kind);
                    break;
                case PluralNode plural:
                    Declare(arguments, plural.Name, TemplateArgumentKind.Number);
                    foreach (var branch in plural.Exact.Values.Concat(plural.Categories.Values))
                    {
                        Collect(branch, arguments);
                    }

                    break;
            }
        }
    }

    private static void Declare(Dictionary<string, TemplateArgumentKind> arguments, string name, TemplateArgumentKind kind)
    {
        if (arguments.TryGetValue(name, out var known) && known != kind)
        {
            throw new FormatException($"'{name}' is used both as text and as a number");
        }

        arguments[name] = kind;
    }

    private static bool IsInteger(object? value) => value is int or long or short or byte or sbyte or uint or ulong or ushort;
}
