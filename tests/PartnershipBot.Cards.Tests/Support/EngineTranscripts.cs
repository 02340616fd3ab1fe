using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>
/// Drives the real conversation engine over the real content (both languages, every role, quick and full
/// checks, answering low and high) and collects every output it produces, so the card tests also cover the
/// texts the bot really sends, not only the hand-written samples.
/// </summary>
internal static class EngineTranscripts
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<IReadOnlyList<BotOutput>> Outputs = new(Collect);

    public static IReadOnlyList<BotOutput> All => Outputs.Value;

    private static List<BotOutput> Collect()
    {
        var engine = new ConversationEngine(ContentCatalog.LoadEmbedded(), RecogniseEverything);
        List<BotOutput> outputs = [];
        foreach (var locale in new[] { "nl-NL", "en-GB" })
        {
            foreach (var role in new[] { "owner", "client", "contractor", "advisor" })
            {
                foreach (var pick in Enum.GetValues<Pick>())
                {
                    var run = new Run(engine, locale, outputs);
                    run.Send(new ConversationUpdateInput(true));
                    run.Say("help");
                    run.Say(Description);
                    run.Say("privacy");
                    run.Answer("check", role, pick);
                    run.Answer(locale == "nl-NL" ? "volledige check" : "full check", role, pick);
                    run.Say(locale == "nl-NL" ? "geschiedenis" : "history");
                    run.Say(locale == "nl-NL" ? "verwijder mijn gegevens" : "delete my data");
                    run.Send(new CardInput(new Dictionary<string, string> { [CardFields.Action] = CardActions.DeleteDataCancelled }));
                    run.Say("check");
                    run.Say("stop");
                    run.Send(new ConversationUpdateInput(true));
                }
            }
        }

        return outputs;
    }

    private const string Description = "Wij moesten meteen bezuinigen en iedereen wil zijn eigen maatwerk houden.";

    /// <summary>A stand-in analyzer that sees every pitfall in any text, so the situation card is rendered too.</summary>
    private static IReadOnlyList<FreeTextSignal> RecogniseEverything(string text, Language language) =>
    [
        new("owner-savings-target", 0.8, ["meteen bezuinigen"]),
        new("client-unchanged-service", 0.6, ["eigen maatwerk"]),
        new("contractor-appearance-of-success", 0.4, ["begroting"]),
    ];

    /// <summary>Which option every answer takes. (A healthy result needs per-item directions; the samples cover that card.)</summary>
    private enum Pick
    {
        First,
        Last,
    }

    private sealed class Run(ConversationEngine engine, string locale, List<BotOutput> outputs)
    {
        private DialogState _state = DialogState.Empty;
        private UserProfile _profile = UserProfile.Empty;
        private DateTimeOffset _now = Start;

        public IReadOnlyList<BotOutput> Send(UserInput input)
        {
            _now = _now.AddMinutes(1);
            var result = engine.Handle(new TurnRequest(_state, _profile, input, locale, _now));
            (_state, _profile) = (result.State, result.Profile);
            outputs.AddRange(result.Outputs);
            return result.Outputs;
        }

        public IReadOnlyList<BotOutput> Say(string text) => Send(new TextInput(text));

        /// <summary>Starts a check with <paramref name="command"/> and answers every question by card.</summary>
        public void Answer(string command, string role, Pick pick)
        {
            var latest = Say(command);
            for (var guard = 0; guard < 200 && latest.OfType<QuestionOutput>().LastOrDefault() is { } asked; guard++)
            {
                var question = asked.Question;
                var answer = question.Kind == QuestionKind.FreeText
                    ? "De begroting wordt elk jaar overschreden en iedereen wil zijn eigen maatwerk houden."
                    : question.Options.FirstOrDefault(o => o.Value == role)?.Value
                        ?? question.Options[pick switch { Pick.First => 0, _ => question.Options.Count - 1 }].Value;
                latest = Send(new CardInput(new Dictionary<string, string>
                {
                    [CardFields.Action] = CardActions.Answer,
                    [CardFields.CheckId] = question.CheckId,
                    [CardFields.ItemId] = question.ItemId,
                    [CardFields.BankVersion] = question.BankVersion,
                    [CardFields.Answer] = answer,
                }));
            }
        }
    }
}
