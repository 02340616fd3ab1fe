using PartnershipBot.Cards.Builders;
using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests;

/// <summary>The card's own count templates rendered with 0, 1, 2 and many (the ui.json ones are in the dialog tests).</summary>
public sealed class CardTextCountsTests
{
    public static TheoryData<Language, long, string, string> Expected => new()
    {
        { Language.Nl, 0, "0 vragen beantwoord, 0 overgeslagen", "0 van 0 vragen beantwoord" },
        { Language.Nl, 1, "1 vraag beantwoord, 1 overgeslagen", "1 van 1 vraag beantwoord" },
        { Language.Nl, 2, "2 vragen beantwoord, 2 overgeslagen", "2 van 2 vragen beantwoord" },
        { Language.Nl, 17, "17 vragen beantwoord, 17 overgeslagen", "17 van 17 vragen beantwoord" },
        { Language.En, 0, "0 questions answered, 0 skipped", "0 of 0 questions answered" },
        { Language.En, 1, "1 question answered, 1 skipped", "1 of 1 question answered" },
        { Language.En, 2, "2 questions answered, 2 skipped", "2 of 2 questions answered" },
        { Language.En, 17, "17 questions answered, 17 skipped", "17 of 17 questions answered" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void CountTemplates_ZeroOneTwoMany_AgreeWithTheCount(Language language, long count, string answered, string progress)
    {
        var texts = CardTexts.For(language);

        Assert.Equal(answered, texts.AnsweredAndSkipped.Format(("answered", count), ("dontKnow", 0L), ("skipped", count)));
        Assert.Equal(progress, texts.ProgressSoFar.Format(("answered", count), ("total", count)));
    }

    [Theory]
    [InlineData(Language.Nl, 1, "5 vragen beantwoord, 1 keer 'weet ik niet', 0 overgeslagen")]
    [InlineData(Language.Nl, 3, "5 vragen beantwoord, 3 keer 'weet ik niet', 0 overgeslagen")]
    [InlineData(Language.En, 3, "5 questions answered, 3 'don't know', 0 skipped")]
    public void AnsweredAndSkipped_WithDontKnow_NamesThemApart(Language language, long dontKnow, string expected) =>
        Assert.Equal(expected, CardTexts.For(language).AnsweredAndSkipped.Format(("answered", 5L), ("dontKnow", dontKnow), ("skipped", 0L)));

    [Fact]
    public void CardTexts_EveryTemplate_FollowsItsOwnLanguagesRule()
    {
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var templates = typeof(CardTexts).GetProperties()
                .Where(p => p.PropertyType == typeof(MessageTemplate))
                .Select(p => (MessageTemplate)p.GetValue(CardTexts.For(language))!)
                .ToList();
            Assert.NotEmpty(templates);
            Assert.All(templates, t => Assert.Equal(language, t.Language));
        }
    }
}
