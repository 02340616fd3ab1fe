using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>The resume offer, which needs a paused check to come from the engine (the rest come from <see cref="EngineSamples"/>).</summary>
internal static class StaticSamples
{
    public static ResumeOfferOutput Resume(Language language) => language == Language.Nl
        ? new(language, "U was nog bezig met een snelle check. Wilt u verdergaan waar u gebleven was, of opnieuw beginnen?",
            CheckKind.Quick, 5, 8, [new("Verdergaan", CardActions.Resume), new("Opnieuw beginnen", CardActions.Restart)])
        : new(language, "You were in the middle of a quick check. Would you like to carry on where you left off, or start again?",
            CheckKind.Quick, 5, 8, [new("Carry on", CardActions.Resume), new("Start again", CardActions.Restart)]);
}
