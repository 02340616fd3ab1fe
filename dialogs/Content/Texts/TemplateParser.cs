using System.Globalization;

namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>
/// Parses the ICU MessageFormat subset the content uses: <c>{name}</c>, <c>{name, number}</c> and
/// <c>{name, plural, =0 {…} one {…} other {…}}</c> with <c>#</c> for the number. Apostrophes are plain
/// text (Dutch quotes commands as 'verder'), so literal braces cannot be written; nothing needs them.
/// </summary>
internal sealed class TemplateParser
{
    private readonly string _text;
    private int _position;

    private TemplateParser(string text) => _text = text;

    public static IReadOnlyList<TemplateNode> Parse(string text)
    {
        var parser = new TemplateParser(text);
        var nodes = parser.Sequence(pluralName: null);
        if (parser._position < text.Length)
        {
            throw parser.Error("a '}' without its '{'");
        }

        return nodes;
    }

    private List<TemplateNode> Sequence(string? pluralName)
    {
        var nodes = new List<TemplateNode>();
        var literal = new System.Text.StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                nodes.Add(new LiteralNode(literal.ToString()));
                literal.Clear();
            }
        }

        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '}')
            {
                break;
            }

            if (c == '{')
            {
                Flush();
                nodes.Add(Placeholder());
            }
            else if (c == '#' && pluralName is not null)
            {
                Flush();
                nodes.Add(new CountNode(pluralName));
                _position++;
            }
            else
            {
                literal.Append(c);
                _position++;
            }
        }

        Flush();
        return nodes;
    }

    private TemplateNode Placeholder()
    {
        _position++; // '{'
        var name = Word("an argument name");
        SkipSpace();
        if (Take('}'))
        {
            return new ArgumentNode(name, TemplateArgumentKind.Text);
        }

        Expect(',');
        SkipSpace();
        var type = Word("'number' or 'plural'");
        SkipSpace();
        switch (type)
        {
            case "number":
                Expect('}');
                return new ArgumentNode(name, TemplateArgumentKind.Number);
            case "plural":
                Expect(',');
                return PluralBranches(name);
            default:
                throw Error($"'{type}' is not a type; use 'number' or 'plural'");
        }
    }

    private PluralNode PluralBranches(string name)
    {
        var exact = new Dictionary<long, IReadOnlyList<TemplateNode>>();
        var categories = new Dictionary<PluralCategory, IReadOnlyList<TemplateNode>>();
        while (true)
        {
            SkipSpace();
            if (Take('}'))
            {
                break;
            }

            var selector = Selector();
            SkipSpace();
            Expect('{');
            var branch = Sequence(name);
            Expect('}');
            var added = selector switch
            {
                ['=', .. var digits] => exact.TryAdd(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), branch),
                "one" => categories.TryAdd(PluralCategory.One, branch),
                "other" => categories.TryAdd(PluralCategory.Other, branch),
                _ => throw Error($"'{selector}' never applies in Dutch or English; use '=0', '=2', 'one' or 'other'"),
            };
            if (!added)
            {
                throw Error($"the branch '{selector}' appears twice");
            }
        }

        if (!categories.ContainsKey(PluralCategory.Other))
        {
            throw Error($"the plural of '{name}' needs an 'other' branch");
        }

        return new PluralNode(name, exact, categories);
    }

    private string Selector()
    {
        var start = _position;
        if (Take('='))
        {
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }

            if (_position == start + 1)
            {
                throw Error("'=' needs a whole number, as in '=0'");
            }

            return _text[start.._position];
        }

        return Word("a plural branch ('one', 'other' or '=0')");
    }

    private string Word(string what)
    {
        SkipSpace();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '.'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("expected " + what);
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool Take(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Take(c))
        {
            throw Error($"expected '{c}'");
        }
    }

    private FormatException Error(string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{message} at character {_position + 1}"));
}
