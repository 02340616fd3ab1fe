using System.Text.Json.Nodes;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Cards.Tests.Reports;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Tests.Rounds;

/// <summary>The round card's Teams chart: the shown groups' means per pitfall, with the same figures as text beside it.</summary>
public sealed class RoundChartTests
{
    [Fact]
    public void Build_AllGroupsShown_ChartAndTextHoldTheSameMeans()
    {
        var aggregate = ReportRounds.Release.Aggregate;
        var view = RoundResultsBuilder.Build(ReportRounds.Current, ReportRounds.Release, Language.Nl);

        var set = RoundChart.Build(aggregate, view)!;

        var chart = set["columns"]![0]!["items"]![0]!.AsObject();
        Assert.Equal("Chart.VerticalBar.Grouped", chart["type"]!.GetValue<string>());
        Assert.Equal("drop", chart["fallback"]!.GetValue<string>());
        var series = chart["data"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(["Eigenaren", "Opdrachtgevers", "Directie (opdrachtnemer)"], series.Select(s => s["legend"]!.GetValue<string>()));
        var owners = aggregate.Groups.Single(g => g.Role == Role.Owner);
        Assert.Equal(aggregate.PitfallIds.Select(p => owners.Mean(p)!.Value), series[0]["values"]!.AsArray().Select(v => v!["y"]!.GetValue<int>()));
        var text = string.Join("\n", set["columns"]![1]!["items"]!.AsArray().Select(t => t!["text"]!.GetValue<string>()));
        Assert.Contains($"{view.PitfallTitles[0]} — Eigenaren {owners.Mean(aggregate.PitfallIds[0])}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HiddenGroups_LeftOutOfChartAndText()
    {
        var previous = ReportRounds.Previous.FinalRelease!;
        var view = RoundResultsBuilder.Build(ReportRounds.Previous, previous, Language.En);

        var set = RoundChart.Build(previous.Aggregate, view)!;

        // The management (one respondent) formed no block: it is in neither the chart nor its text.
        Assert.Equal(["Owners", "Clients"], set["columns"]![0]!["items"]![0]!["data"]!.AsArray().Select(s => s!["legend"]!.GetValue<string>()));
        Assert.DoesNotContain("Management", set.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NothingShown_Null()
    {
        var tiny = RoundReleaser.Close(Round.Start("r", "t", "P", "c", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), 5), DateTimeOffset.UnixEpoch.AddDays(1), null, null);

        Assert.Null(RoundChart.Build(tiny.FinalRelease!.Aggregate, RoundResultsBuilder.Build(tiny, tiny.FinalRelease, Language.Nl)));
    }
}
