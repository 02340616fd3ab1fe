using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

/// <summary>Themes from the open question land on the participant's own response, and only while the round is open.</summary>
public sealed class RoundThemesTests
{
    [Fact]
    public void WithThemes_RecordedParticipant_SetsTheirThemesOnceEachAndNobodyElses()
    {
        var round = RoundWith(Twelve());

        var themed = round.WithThemes("c4", [Service, Savings, Service]);

        Assert.Equal([Service, Savings], themed.Responses.Single(r => r.ParticipantId == "c4").ThemeIds);
        Assert.Equal(
            round.Responses.Where(r => r.ParticipantId != "c4").Select(r => r.ThemeIds),
            themed.Responses.Where(r => r.ParticipantId != "c4").Select(r => r.ThemeIds));
    }

    [Fact]
    public void WithThemes_NoResponseYet_ChangesNothing()
    {
        var round = RoundWith(Twelve()).Join("29:late");

        Assert.Same(round, round.WithThemes("29:late", [Savings]));
    }

    [Fact]
    public void WithThemes_ClosedRound_ChangesNothing()
    {
        var round = Closed(RoundWith(Twelve()));

        Assert.Same(round, round.WithThemes("c4", [Savings]));
    }

    [Fact]
    public void Aggregate_ThemesGivenAfterwards_CountOncePerRespondent()
    {
        var round = RoundWith(Many(Role.Owner, 10));
        for (var i = 1; i <= 7; i++)
        {
            round = round.WithThemes($"{Role.Owner}-{i}", [Savings]);
        }

        var themes = RoundAggregator.Aggregate(round).Themes;

        Assert.Equal([new ThemeCount(Savings, 7)], themes);
    }
}
