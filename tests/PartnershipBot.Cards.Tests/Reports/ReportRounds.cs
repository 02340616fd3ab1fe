using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Tests.Reports;

/// <summary>Two closed rounds of one partnership: the earlier one with a hidden group, the later one with every group shown and themes.</summary>
internal static class ReportRounds
{
    public const string Partnership = "ISD Rivierenland";

    public static readonly DateTimeOffset Generated = new(2027, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static Round Previous { get; } = Build("r-2026", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), 14,
        [(Role.Owner, 3, 70, 40, 45), (Role.Client, 3, 45, 72, 40), (Role.Contractor, 1, 40, 40, 80)], themed: 0, previous: null);

    public static Round Current { get; } = Build("r-2027", new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero), 14,
        [(Role.Owner, 5, 78, 35, 44), (Role.Client, 4, 41, 66, 39), (Role.Contractor, 3, 36, 45, 81)], themed: 6, previous: Previous);

    public static RoundRelease Release => Current.FinalRelease!;

    /// <summary>Each role's people answer around the given risks (±3 so means are not trivially equal to one answer).</summary>
    private static Round Build(string id, DateTimeOffset created, int days, (Role Role, int People, int Savings, int Service, int Appearance)[] groups, int themed, Round? previous)
    {
        var round = Round.Start(id, "tenant-1", Partnership, "29:consultant", created, created.AddDays(days), 3);
        var n = 0;
        foreach (var (role, people, savings, service, appearance) in groups)
        {
            for (var i = 0; i < people; i++, n++)
            {
                var participant = $"29:{id}-p{n}";
                var wobble = (i % 3) - 1;
                round = round.Join(participant).Record(new RoundResponse(
                    participant,
                    role,
                    new Dictionary<string, int>
                    {
                        ["owner-savings-target"] = savings + (3 * wobble),
                        ["client-unchanged-service"] = service - wobble,
                        ["contractor-appearance-of-success"] = appearance + (2 * wobble),
                    },
                    [],
                    created.AddDays(2)));
                if (n < themed)
                {
                    round = round.WithThemes(participant, [n % 2 == 0 ? "owner-savings-target" : "contractor-appearance-of-success"]);
                }
            }
        }

        return RoundReleaser.Close(round.Join("29:" + id + "-joined-only"), round.ClosesAt, previous?.FinalRelease, previous?.Id);
    }
}
