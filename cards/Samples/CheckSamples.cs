using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Cards.Samples;

/// <summary>
/// Results, history and resume samples from the bot's own engine, analyzer and content: a user is walked through
/// real checks turn by turn, so a sample is exactly what the bot would send for those answers.
/// </summary>
internal static class CheckSamples
{
    /// <summary>A fixed moment (Amsterdam winter time) so the samples and their golden files never change by themselves.</summary>
    public static readonly DateTimeOffset Completed = new(2026, 11, 27, 14, 5, 0, TimeSpan.FromHours(1));

    internal static readonly Lazy<ConversationEngine> Engine = new(() =>
        new ConversationEngine(ContentCatalog.LoadEmbedded(), PitfallTextAnalyzer.Default.AsFreeTextAnalyzer()));

    // Items that weigh a pitfall (agreeing raises its risk); the others weigh the lesson that protects against it.
    private static readonly HashSet<string> RiskItems = new(StringComparer.Ordinal)
    {
        "savings-booked-at-start", "expect-same-service", "overruns-from-reserves", "scale-means-savings", "costs-above-plan",
        "quality-below-before", "departures-under-pressure", "local-wishes-many", "separate-negotiation", "reports-too-positive",
        "budgets-approved-despite-doubts", "competing-demands", "owner-own-contribution-first",
    };

    /// <summary>An owner's quick check at risk, three months after a milder one: every section of the card filled.</summary>
    public static BotOutput AtRisk(Language language) => MildThenAtRisk(language).Results;

    /// <summary>A healthy quick check with one "weet ik niet", so one pitfall has too few answers for a score.</summary>
    public static BotOutput Healthy(Language language) =>
        new SampleUser(Engine.Value, language).QuickCheck(Completed, q => q.ItemId == "expect-same-service" ? "dont-know" : Calm(q));

    /// <summary>A full check with an open answer the analyzer reads: the longest results card.</summary>
    public static BotOutput Full(Language language)
    {
        var user = new SampleUser(Engine.Value, language);
        return user.Check(language == Language.Nl ? "volledige check" : "full check", Completed, q => q.Kind == QuestionKind.FreeText
            ? (language == Language.Nl
                ? "De eigenaren hebben de bezuiniging meteen vanaf dag één ingeboekt, en elke gemeente wil haar eigen werkwijze houden."
                : "The owners booked the savings from day one, and every municipality wants to keep its own way of working.")
            : Worried(q));
    }

    /// <summary><c>geschiedenis</c> after the two checks of <see cref="AtRisk"/>: the later one compared with the first, which says it is the first.</summary>
    public static BotOutput History(Language language) =>
        MildThenAtRisk(language).User.Say(language == Language.Nl ? "geschiedenis" : "history", Completed.AddMinutes(2)).OfType<HistoryOutput>().Single();

    /// <summary>A paused quick check, then any text after a while: the offer to continue or start again.</summary>
    public static BotOutput Resume(Language language)
    {
        var user = new SampleUser(Engine.Value, language);
        user.Say(language == Language.Nl ? "snelle check" : "quick check", Completed);
        for (var i = 0; i < 6; i++)
        {
            user.Say("1", Completed);
        }

        user.Say("stop", Completed);
        return user.Say(language == Language.Nl ? "goedemiddag" : "good afternoon", Completed.AddHours(2)).OfType<ResumeOfferOutput>().Single();
    }

    // The host test drives the same two checks through the real bot (CardSamplesMatchTheHostTests): keep them in step.
    private static (SampleUser User, ResultsOutput Results) MildThenAtRisk(Language language)
    {
        var user = new SampleUser(Engine.Value, language);
        user.QuickCheck(Completed.AddMonths(-3), Mild);
        return (user, user.QuickCheck(Completed, q => q.ItemId == "joint-standards" ? "2" : Worried(q)));
    }

    private static string Worried(QuestionView q) => Answer(q, raise: "5", lower: "1", yes: "no", no: "yes");

    private static string Mild(QuestionView q) => Answer(q, raise: "4", lower: "2", yes: "partly", no: "partly");

    private static string Calm(QuestionView q) => Answer(q, raise: "1", lower: "5", yes: "yes", no: "no");

    private static string Answer(QuestionView q, string raise, string lower, string yes, string no) =>
        q.IsContext ? q.Options[0].Value
        : q.Kind == QuestionKind.FreeText ? string.Empty
        : q.Kind == QuestionKind.YesPartlyNo ? (RiskItems.Contains(q.ItemId) ? no : yes)
        : RiskItems.Contains(q.ItemId) ? raise : lower;
}
