using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Samples produced by the bot's own conversation engine over the shipped content, so a sample is what the
/// bot sends, not a designer's copy of it: welcome, help, privacy, the shared-chat cards, "did not understand".
/// </summary>
internal static class EngineSamples
{
    private static readonly Lazy<ConversationEngine> Engine = new(() => new ConversationEngine(ContentCatalog.LoadEmbedded()));

    public static BotOutput Welcome(Language language) => First<WelcomeOutput>(new ConversationUpdateInput(BotAdded: true), language, shared: false);

    public static BotOutput Help(Language language) => First<HelpOutput>(new TextInput("help"), language, shared: false);

    /// <summary>
    /// As the host sends it by default: it adds one paragraph on the optional language model, which says "off"
    /// until a model is configured (<c>ModelAnswerEnricher</c>).
    /// </summary>
    public static BotOutput Privacy(Language language)
    {
        var privacy = First<PrivacyOutput>(new TextInput("privacy"), language, shared: false);
        var advisor = PartnershipAdvisor.Create(ContentCatalog.LoadEmbedded(), PitfallTextAnalyzer.Default);
        return privacy with { Paragraphs = [.. privacy.Paragraphs, advisor.Message("privacy.model.off", language)] };
    }

    public static BotOutput ConfirmErase(Language language) => First<ConfirmOutput>(new TextInput(language == Language.Nl ? "verwijder mijn gegevens" : "delete my data"), language, shared: false);

    /// <summary>What the erase card becomes in place once "Ja, wis alles" was clicked on it.</summary>
    public static BotOutput Erased(Language language)
    {
        var asked = Engine.Value.Handle(Request(DialogState.Empty, new TextInput(language == Language.Nl ? "verwijder mijn gegevens" : "delete my data"), language, shared: false));
        var confirm = asked.Outputs.OfType<ConfirmOutput>().First().Actions.First(a => a.Action == CardActions.DeleteDataConfirmed);
        var click = new CardInput(new Dictionary<string, string> { [CardFields.Action] = confirm.Action, [CardFields.Erasure] = confirm.Erasure! });
        return Engine.Value.Handle(Request(asked.State, click, language, shared: false)).Outputs.OfType<ClosedCardOutput>().First();
    }

    public static BotOutput SharedWelcome(Language language) => First<WelcomeOutput>(new ConversationUpdateInput(BotAdded: true), language, shared: true);

    public static BotOutput SharedHelp(Language language) => First<HelpOutput>(new TextInput("help"), language, shared: true);

    public static BotOutput SharedCheck(Language language) => First<PersonalChatOutput>(new TextInput("check"), language, shared: true);

    public static BotOutput NotUnderstood(Language language) =>
        First<UnrecognisedOutput>(new TextInput("geschiednis tonen graag"), language, shared: false).Fallback;

    private static T First<T>(UserInput input, Language language, bool shared)
        where T : BotOutput
    {
        return Engine.Value.Handle(Request(DialogState.Empty, input, language, shared)).Outputs.OfType<T>().First();
    }

    private static TurnRequest Request(DialogState state, UserInput input, Language language, bool shared) =>
        new(state, UserProfile.Empty, input, language == Language.Nl ? "nl-NL" : "en-GB", DateTimeOffset.UnixEpoch)
        {
            InSharedChat = shared,
        };
}
