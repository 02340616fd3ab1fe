using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// One turn of the conversation: reads the request, works on local copies of state and profile, collects
/// outputs. Lives only for the duration of <see cref="ConversationEngine.Handle"/>; nothing here is shared.
/// </summary>
internal sealed partial class Turn
{
    private readonly ContentCatalog _content;
    private readonly FreeTextAnalyzer? _analyzer;
    private readonly PartnershipAdvisor? _advisor;
    private readonly TurnRequest _request;
    private readonly CommandMatcher _commands;
    private readonly List<BotOutput> _outputs = [];
    private DialogState _state;
    private UserProfile _profile;
    private Language _language;
    private bool _checkDropped;
    private bool _eraseUserData;
    private ResultSnapshot? _snapshot;

    public Turn(ContentCatalog content, CommandMatcher commands, FreeTextAnalyzer? analyzer, PartnershipAdvisor? advisor, TurnRequest request)
    {
        _advisor = advisor;
        _content = content;
        _commands = commands;
        _analyzer = analyzer;
        _request = request;
        _state = request.State ?? DialogState.Empty;
        _profile = Sanitize(request.Profile);
        _language = _profile.PreferredLanguage ?? FromLocale(request.Locale);
    }

    private UiContent Ui => _content.Ui;

    private ActiveCheck? Check => _state.Check;

    private bool Running => Check is { Paused: false };

    private bool Paused => Check is { Paused: true };

    public TurnResult Run()
    {
        if (_request.InSharedChat)
        {
            RunShared();
            return new TurnResult(_state, _profile, _outputs);
        }

        DropUnusableCheck();
        switch (_request.Input)
        {
            case ConversationUpdateInput { BotAdded: true }:
                Say(StandardOutputs.Welcome(Ui, _language, _profile.History.Count > 0));
                if (Check is not null)
                {
                    OfferResume();
                }

                break;
            case TextInput text:
                OnText(text.Text ?? "");
                break;
            case CardInput card:
                var data = card.Data ?? new Dictionary<string, string>();
                if (_profile.PreferredLanguage is null && data.GetValueOrDefault(CardFields.CardLanguage) is "nl" or "en")
                {
                    _language = data[CardFields.CardLanguage] == "nl" ? Language.Nl : Language.En;
                }

                OnCard(data);
                break;
            default:
                break;
        }

        return new TurnResult(_state, _profile, _outputs) { EraseUserData = _eraseUserData, Snapshot = _snapshot };
    }

    /// <summary>nl, nl-NL, nl-BE → Dutch; any other locale → English; none → Dutch (the product's first language).</summary>
    internal static Language FromLocale(string? locale) => Languages.FromLocale(locale);

    private void OnText(string text)
    {
        var command = _commands.Exact(text);
        if (Running && command is null)
        {
            if (TryTypedAnswer(text) || SmallTalk(text))
            {
                return;
            }

            command = _commands.Fuzzy(text);
            if (command is null)
            {
                Invalid();
                return;
            }
        }

        command ??= _commands.Fuzzy(text);
        if (command is { } known)
        {
            AdoptLanguageOf(text);
            OnCommand(known);
        }
        else if (SmallTalk(text))
        {
            // "dank je" or a thumbs-up gets a short human answer, not the command list.
        }
        else if ((Advise(text) ?? ReadSituation(text)) is { } situation)
        {
            // A question or a described situation is answered even while a check is paused; the offer to resume follows.
            Say(situation);
            if (Paused)
            {
                OfferResume();
            }
        }
        else if (Paused)
        {
            OfferResume();
        }
        else if (_checkDropped)
        {
            Say(StandardOutputs.Welcome(Ui, _language, _profile.History.Count > 0));
        }
        else
        {
            Say(new UnrecognisedOutput(text, _language, StandardOutputs.NotUnderstood(Ui, _language, text, CommandScope.Personal)));
        }
    }

    private void Say(BotOutput output) => _outputs.Add(output);

    /// <summary>A command typed in one language only answers, and keeps answering, in that language.</summary>
    private void AdoptLanguageOf(string text)
    {
        if (_commands.LanguageOf(text) is { } typed && typed != _language)
        {
            _language = typed;
            _profile = _profile with { PreferredLanguage = typed };
        }
    }

    private void SayText(string key) => _outputs.Add(new TextOutput(Ui.Text(key, _language)));

    // Storage may hand back nulls where the types promise lists (older or hand-edited JSON); never crash on it.
    // The same instance comes back when nothing needs mending, so the host can tell an unchanged profile by reference.
    private static UserProfile Sanitize(UserProfile? profile) =>
        profile is null ? UserProfile.Empty : profile.History is null ? profile with { History = [] } : profile;

    private void DropUnusableCheck()
    {
        if (Check is not { } check)
        {
            return;
        }

        var bank = _content.Bank(check.BankVersion ?? "");
        var usable = bank is not null && check.Answers is not null && check.CarriedItemIds is not null
            && check.Position >= 0 && check.Position < CheckPlan.For(bank, check).Count;
        if (!usable)
        {
            _state = _state with { Check = null };
            _checkDropped = true;
            SayText(bank is null ? "stale.bankUnknown" : "stale.noCheck");
        }
    }
}
