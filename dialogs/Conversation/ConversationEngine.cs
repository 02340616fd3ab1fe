using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The conversation as a pure function: (state, profile, input) → (new state, new profile, outputs).
/// No I/O, no clock, no randomness: the host supplies the time and stores the results. Thread-safe.
/// </summary>
public sealed class ConversationEngine
{
    private readonly ContentCatalog _content;
    private readonly FreeTextAnalyzer? _freeText;
    private readonly PartnershipAdvisor? _advisor;
    private readonly CommandMatcher _commands;

    /// <param name="content">Loaded once at start-up with <see cref="ContentCatalog.LoadEmbedded"/>.</param>
    /// <param name="freeText">Optional pure analyzer for the open question; without it the open answer is kept but not scored.</param>
    /// <param name="advisor">Optional advisor that answers questions typed outside a check; without it they get today's reading or help.</param>
    public ConversationEngine(ContentCatalog content, FreeTextAnalyzer? freeText = null, PartnershipAdvisor? advisor = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _freeText = freeText;
        _advisor = advisor;
        _commands = new CommandMatcher(content.Ui);
    }

    public TurnResult Handle(TurnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Turn(_content, _commands, _freeText, _advisor, request).Run();
    }

    /// <summary>True when <paramref name="text"/> is one of the engine's commands (either language, small typos allowed).</summary>
    public bool IsCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _commands.Exact(text) is not null || _commands.Fuzzy(text) is not null;
    }
}
