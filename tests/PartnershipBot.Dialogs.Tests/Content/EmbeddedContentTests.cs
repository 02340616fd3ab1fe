using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Content;

public class EmbeddedContentTests
{
    [Fact]
    public void LoadEmbedded_ShippedContent_IsValid()
    {
        var catalog = ContentCatalog.LoadEmbedded();

        Assert.Equal("1", catalog.CurrentBankVersion);
        Assert.Contains("1", catalog.BankVersions);
    }

    [Fact]
    public void QuickCheck_ShippedBank_HasAtMostEightQuestionsCoveringEveryPitfall()
    {
        var bank = TestContent.Catalog.Current;
        var quick = bank.Items.Where(i => i.InQuick).ToList();

        Assert.InRange(quick.Count, 1, 8);
        Assert.All(bank.Pitfalls, p => Assert.Contains(quick, i => i.Pitfalls.ContainsKey(p.Id) || i.Lessons.ContainsKey(p.LessonId)));
    }

    public static TheoryData<Role> Roles => [Role.Owner, Role.Client, Role.Contractor, Role.Advisor];

    [Theory]
    [MemberData(nameof(Roles))]
    public void FullCheck_EachRole_HasTwentyToThirtyQuestionsAndThreePerPitfall(Role role)
    {
        var bank = TestContent.Catalog.Current;
        var full = bank.ItemsFor(CheckKind.Full, role);

        Assert.InRange(full.Count, 20, 30);
        Assert.All(bank.Pitfalls, p => Assert.True(
            full.Count(i => i.Pitfalls.ContainsKey(p.Id) || i.Lessons.ContainsKey(p.LessonId)) >= 3, p.Id));
    }

    [Fact]
    public void Pitfalls_ShippedBank_UseTheDomainIdsAndLessonPairs()
    {
        var pairs = TestContent.Catalog.Current.Pitfalls.ToDictionary(p => p.Id, p => p.LessonId);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["owner-savings-target"] = "patient-owners-buffer",
                ["client-unchanged-service"] = "collective-commissioning",
                ["contractor-appearance-of-success"] = "realistic-expectations",
            },
            pairs);
    }
}
