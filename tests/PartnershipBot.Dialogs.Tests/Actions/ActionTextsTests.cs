using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Tests.Actions;

public sealed class ActionTextsTests
{
    [Theory]
    [InlineData(Language.Nl, "begroting delen (Jan)", "U bent eigenaar van deze actie: begroting delen (Jan). Uiterlijk 4 januari 2027.")]
    [InlineData(Language.Nl, "Stel een eenmalig opstartbudget vast.", "U bent eigenaar van deze actie: Stel een eenmalig opstartbudget vast. Uiterlijk 4 januari 2027.")]
    [InlineData(Language.Nl, "Wie belt de wethouder?", "U bent eigenaar van deze actie: Wie belt de wethouder? Uiterlijk 4 januari 2027.")]
    [InlineData(Language.En, "Share the budget!", "You own this action: Share the budget! Due 4 January 2027.")]
    [InlineData(Language.En, "share the budget  ", "You own this action: share the budget. Due 4 January 2027.")]
    public void OwnerCardText_DescriptionEndingInPunctuation_GetsNoSecondFullStop(Language language, string description, string expected)
    {
        var action = new ActionItem("a1", description, "Anne", "u1", new DateOnly(2027, 1, 4), ActionStatus.Open,
            new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero), "u1", null);

        Assert.Equal(expected, ActionTexts.For(language).OwnerCardText(action));
    }
}
