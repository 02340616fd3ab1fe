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
        null => T(l, "Alle getoonde groepen", "All shown groups"),
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

    /// <summary>Whether the role, as a subject in a sentence, takes a singular verb ("de directie verwacht").</summary>
    public static bool IsSingular(Role role) => role == Role.Contractor;

    /// <summary>The role as a subject with its verb in agreement: "de directie verwacht", "de eigenaren verwachten".</summary>
    public static string Subject(Role role, Language l, string nlSingular, string nlPlural, string enSingular, string enPlural) =>
        RoleInSentence(role, l) + " " + (IsSingular(role) ? T(l, nlSingular, enSingular) : T(l, nlPlural, enPlural));

    public static string Respondents(int n, Language l) => Count(n, l, "deelnemer", "deelnemers", "respondent", "respondents");

    public static string People(int n, Language l) => Count(n, l, "persoon", "personen", "person", "people");

    public static string Points(int n, Language l) => Count(n, l, "punt", "punten", "point", "points");

    public static string Days(int n, Language l) => Count(n, l, "dag", "dagen", "day", "days");

    public static string Months(int n, Language l) => Count(n, l, "maand", "maanden", "month", "months");

    /// <summary>"1 deelnemer", "0 deelnemers", "2 deelnemers": through the content's plural mechanism (an ICU plural, as in ui.json).</summary>
    public static string Count(int n, Language l, string nlOne, string nlMany, string enOne, string enMany) =>
        Content.Texts.InlineTemplate.Format(l, $"{{n, plural, one {{# {nlOne}}} other {{# {nlMany}}}}}", $"{{n, plural, one {{# {enOne}}} other {{# {enMany}}}}}", ("n", n));

    /// <summary>The pitfall's one name; a test keeps these equal to the item bank's titles (ContentCatalog.PitfallName).</summary>
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
        Rounds.GapSize.Large => T(l, $"groot verschil ({Points(points, l)})", $"large gap ({Points(points, l)})"),
        Rounds.GapSize.Clear => T(l, $"duidelijk verschil ({Points(points, l)})", $"clear gap ({Points(points, l)})"),
        _ => T(l, $"klein verschil ({Points(points, l)})", $"small gap ({Points(points, l)})"),
    };

    /// <summary>What a gap means for this pitfall; the patterns the domain knows get their own text.</summary>
    public static string GapExplanation(RoleGap gap, Language l)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var higher = gap.Higher;
        var lower = gap.Lower;
        return (gap.PitfallId, gap.Higher, gap.Lower) switch
        {
            ("owner-savings-target", _, Role.Owner) => T(l,
                $"De eigenaren rekenen op snelle besparingen, terwijl {Subject(higher, l, "verwacht", "verwachten", "expects", "expect")} dat de opstartjaren eerst geld kosten. Bespreek of de taakstelling later kan ingaan en of er een eenmalig opstartbudget nodig is.",
                $"The owners count on quick savings, while {Subject(higher, l, "verwacht", "verwachten", "expects", "expect")} the start-up years to cost money first. Discuss whether the savings target can start later and whether one-off start-up money is needed."),
            ("client-unchanged-service", _, Role.Client) => T(l,
                $"De opdrachtgevers verwachten dat hun dienstverlening blijft zoals die was, terwijl {Subject(higher, l, "juist rekent", "juist rekenen", "is counting", "are counting")} op harmonisatie en standaardisatie. Spreek als opdrachtgevers samen af welke standaarden gaan gelden.",
                $"The clients expect their service to stay as it was, while {Subject(higher, l, "juist rekent", "juist rekenen", "is counting", "are counting")} on harmonisation and standardisation. Let the clients agree together which standards will apply."),
            ("contractor-appearance-of-success", Role.Contractor, _) => T(l,
                $"De directie ziet de begroting en planning als onhaalbaar, terwijl {Subject(lower, l, "ze realistisch vindt", "ze realistisch vinden", "considers them realistic", "consider them realistic")}. Zo ontstaat de schijn van succes: zet de werkelijke kosten en vertraging samen op tafel.",
                $"The management sees the budget and plan as out of reach, while {Subject(lower, l, "ze realistisch vindt", "ze realistisch vinden", "considers them realistic", "consider them realistic")}. That is how an appearance of success takes hold: put the real costs and delays on the table together."),
            ("contractor-appearance-of-success", _, Role.Contractor) => T(l,
                $"{Capital(Subject(higher, l, "twijfelt", "twijfelen", "doubts", "doubt"))} aan de voortgang en de cijfers, terwijl de directie een positief beeld geeft. Vraag de directie om een eerlijk beeld van kosten en planning, ook als dat tegenvalt.",
                $"{Capital(Subject(higher, l, "twijfelt", "twijfelen", "doubts", "doubt"))} the progress and the figures, while the management paints a positive picture. Ask the management for an honest view of costs and planning, even if it disappoints."),
            _ => T(l,
                $"{Capital(Subject(higher, l, "ziet", "zien", "sees", "see"))} bij deze valkuil duidelijk meer risico dan {RoleInSentence(lower, l)}. Bespreek samen waar dat verschil vandaan komt, voordat het een conflict wordt.",
                $"{Capital(Subject(higher, l, "ziet", "zien", "sees", "see"))} clearly more risk in this pitfall than {RoleInSentence(lower, l)}. Talk together about where the difference comes from before it turns into a conflict."),
        };
    }

    private static string Capital(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
