using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Dialogs.Tests.Rounds;

/// <summary>Rounds and responses written out by hand, so every expected mean can be checked on paper.</summary>
internal static class RoundFixtures
{
    public const string Savings = "owner-savings-target";
    public const string Service = "client-unchanged-service";
    public const string Appearance = "contractor-appearance-of-success";
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static RoundResponse Response(string id, Role role, int savings, int service, int appearance, params string[] themes) =>
        new(id, role, new Dictionary<string, int> { [Savings] = savings, [Service] = service, [Appearance] = appearance }, themes, Now);

    /// <summary>
    /// Twelve respondents, N = 3 so all groups show. Hand arithmetic:
    /// owners (5):      savings 20+30+25+35+40 = 150 → 30; service 50+40+60+50+55 = 255 → 51; appearance 10+20+15+25+30 = 100 → 20
    /// clients (4):     savings 60+70+55+65 = 250 → 62.5 → 63; service 20+25+30+15 = 90 → 22.5 → 23; appearance 40+45+50+35 = 170 → 42.5 → 43
    /// contractors (3): savings 70+80+75 = 225 → 75; service 70+75+80 = 225 → 75; appearance 60+70+65 = 195 → 65
    /// everyone (12):   savings 625/12 = 52.08 → 52; service 570/12 = 47.5 → 48; appearance 465/12 = 38.75 → 39
    /// </summary>
    public static IReadOnlyList<RoundResponse> Twelve() =>
    [
        Response("o1", Role.Owner, 20, 50, 10, Savings), Response("o2", Role.Owner, 30, 40, 20, Savings),
        Response("o3", Role.Owner, 25, 60, 15), Response("o4", Role.Owner, 35, 50, 25),
        Response("o5", Role.Owner, 40, 55, 30, Appearance),
        Response("c1", Role.Client, 60, 20, 40, Service), Response("c2", Role.Client, 70, 25, 45, Service),
        Response("c3", Role.Client, 55, 30, 50, Service, Service), Response("c4", Role.Client, 65, 15, 35),
        Response("k1", Role.Contractor, 70, 70, 60), Response("k2", Role.Contractor, 80, 75, 70), Response("k3", Role.Contractor, 75, 80, 65),
    ];

    public static Round RoundWith(IEnumerable<RoundResponse> responses, int minimumGroupSize = 3, string name = "ISD Rivierenland", string tenant = "t1")
    {
        var round = Round.Start("r-" + name.Length, tenant, name, "29:consultant", Now, Now.AddDays(14), minimumGroupSize);
        foreach (var response in responses)
        {
            round = round.Join(response.ParticipantId).Record(response);
        }

        return round;
    }

    /// <summary>Closes with a final release at <see cref="Now"/>, with no previous round.</summary>
    public static Round Closed(Round round) => RoundReleaser.Close(round, Now, null, null);

    /// <summary>The final release's figures of all current responses.</summary>
    public static RoundRelease FinalOf(Round round) => Closed(round).FinalRelease!;

    /// <summary>n respondents of a role, all with the same risks (only counts matter for suppression).</summary>
    public static IEnumerable<RoundResponse> Many(Role role, int n, int risk = 50) =>
        Enumerable.Range(1, n).Select(i => Response($"{role}-{i}", role, risk, risk, risk));
}
