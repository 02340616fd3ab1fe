using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Every sentence the round feature shows, Dutch first. Kept beside the rules that decide what may be
/// shown, so a consultant reading one sees the other; all wording is original.
/// </summary>
internal static class RoundTexts
{
    public static string T(Language language, string nl, string en) => language == Language.Nl ? nl : en;

    public static string RoleGroup(Role? role, Language l) => role switch
    {
        Role.Owner => T(l, "Eigenaren", "Owners"),
        Role.Client => T(l, "Opdrachtgevers", "Clients"),
        Role.Contractor => T(l, "Directie (opdrachtnemer)", "Management (contractor)"),
        null => T(l, "Alle deelnemers", "All respondents"),
        _ => T(l, "Adviseurs", "Advisors"),
    };

    /// <summary>The role as it appears inside a sentence.</summary>
    public static string RoleInSentence(Role role, Language l) => role switch
    {
        Role.Owner => T(l, "de eigenaren", "the owners"),
        Role.Client => T(l, "de opdrachtgevers", "the clients"),
        Role.Contractor => T(l, "de directie", "the management"),
        _ => T(l, "de adviseurs", "the advisors"),
    };

    public static string Pitfall(string pitfallId, Language l) => pitfallId switch
    {
        "owner-savings-target" => T(l, "Taakstelling vanaf de start", "Savings target from day one"),
        "client-unchanged-service" => T(l, "Gelijkblijvende dienstverlening", "Unchanged service expected"),
        "contractor-appearance-of-success" => T(l, "Schijn van succes", "Appearance of success"),
        _ => pitfallId,
    };

    public static string Level(int mean, Language l) => mean switch
    {
        >= RoundLevels.HighFrom => T(l, "hoog", "high"),
        >= RoundLevels.ElevatedFrom => T(l, "verhoogd", "elevated"),
        _ => T(l, "laag", "low"),
    };

    public static string GapSize(GapSize size, int points, Language l) => size switch
    {
        Rounds.GapSize.Large => T(l, $"groot verschil ({points} punten)", $"large gap ({points} points)"),
        Rounds.GapSize.Clear => T(l, $"duidelijk verschil ({points} punten)", $"clear gap ({points} points)"),
        _ => T(l, $"klein verschil ({points} punten)", $"small gap ({points} points)"),
    };

    /// <summary>What a gap means for this pitfall; the patterns the domain knows get their own text.</summary>
    public static string GapExplanation(RoleGap gap, Language l)
    {
        var higher = RoleInSentence(gap.Higher, l);
        var lower = RoleInSentence(gap.Lower, l);
        return (gap.PitfallId, gap.Higher, gap.Lower) switch
        {
            ("owner-savings-target", _, Role.Owner) => T(l,
                $"De eigenaren rekenen op snelle besparingen, terwijl {higher} verwachten dat de opstartjaren eerst geld kosten. Bespreek of de taakstelling later kan ingaan en of er een eenmalig opstartbudget nodig is.",
                $"The owners count on quick savings, while {higher} expect the start-up years to cost money first. Discuss whether the savings target can start later and whether one-off start-up money is needed."),
            ("client-unchanged-service", _, Role.Client) => T(l,
                $"De opdrachtgevers verwachten dat hun dienstverlening blijft zoals die was, terwijl {higher} juist rekenen op harmonisatie en standaardisatie. Spreek als opdrachtgevers samen af welke standaarden gaan gelden.",
                $"The clients expect their service to stay as it was, while {higher} are counting on harmonisation and standardisation. Let the clients agree together which standards will apply."),
            ("contractor-appearance-of-success", Role.Contractor, _) => T(l,
                $"De directie ziet de begroting en planning als onhaalbaar, terwijl {lower} ze realistisch vinden. Zo ontstaat de schijn van succes: zet de werkelijke kosten en vertraging samen op tafel.",
                $"The management sees the budget and plan as out of reach, while {lower} consider them realistic. That is how an appearance of success takes hold: put the real costs and delays on the table together."),
            ("contractor-appearance-of-success", _, Role.Contractor) => T(l,
                $"{Capital(higher)} twijfelen aan de voortgang en de cijfers, terwijl de directie een positief beeld geeft. Vraag de directie om een eerlijk beeld van kosten en planning, ook als dat tegenvalt.",
                $"{Capital(higher)} doubt the progress and the figures, while the management paints a positive picture. Ask the management for an honest view of costs and planning, even if it disappoints."),
            _ => T(l,
                $"{Capital(higher)} zien bij deze valkuil duidelijk meer risico dan {lower}. Bespreek samen waar dat verschil vandaan komt, voordat het een conflict wordt.",
                $"{Capital(higher)} see clearly more risk in this pitfall than {lower}. Talk together about where the difference comes from before it turns into a conflict."),
        };
    }

    private static string Capital(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
