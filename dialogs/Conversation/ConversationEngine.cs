using PartnershipBot.Dialogs.Content;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The conversation as a pure function: (state, profile, input) → (state, profile, outputs). No I/O.</summary>
public sealed class ConversationEngine
{
    private readonly ContentCatalog _content;
    private readonly FreeTextAnalyzer? _freeText;

    public ConversationEngine(ContentCatalog content, FreeTextAnalyzer? freeText = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _freeText = freeText;
    }

    public TurnResult Handle(TurnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = _content;
        _ = _freeText;
        return new TurnResult(request.State, request.Profile, [new TextOutput("Nog niet klaar.")]);
    }
}
