using System.Globalization;
using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Reports;

/// <summary>The report's own wording, Dutch first (figures and their sentences come from the round's results view).</summary>
public sealed record ReportTexts(Language Language)
{
    public static ReportTexts For(Language language) => new(language);

    private string L(string nl, string en) => Language == Language.Nl ? nl : en;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language == Language.Nl ? "nl-NL" : "en-GB");
    public string HtmlLanguage => Language == Language.Nl ? "nl" : "en";

    public string Date(DateOnly date) => DisplayDates.Date(date, Language);
    public string DateTime(DateTimeOffset moment) => DisplayDates.DateAndTime(moment, Language);

    public string DocumentTitle(string partnership) => L($"Evaluatierapport {partnership}", $"Evaluation report {partnership}");
    public string Period(DateOnly start, DateOnly closes) => L($"Ronde van {Date(start)} tot en met {Date(closes)}", $"Round from {Date(start)} to {Date(closes)}");
    public string Release(int sequence, bool final, DateTimeOffset at) => final
        ? L($"Definitieve cijfers, vrijgegeven op {DateTime(at)} (ronde {sequence})", $"Final figures, released on {DateTime(at)} (round {sequence})")
        : L($"Tussenstand op {DateTime(at)} (ronde {sequence}); de ronde is nog open", $"Interim figures as of {DateTime(at)} (round {sequence}); the round is still open");

    public string MethodHeading => L("Over dit onderzoek", "About this survey");
    public string ResultsHeading => L("Uitkomsten per rol", "Results per role");
    public string GapsHeading => L("Waar de rollen het meest verschillen", "Where the roles differ most");
    public string TrendHeading => L("Trend", "Trend");
    public string ThemesHeading => L("Thema's uit de open vraag", "Themes from the open question");
    public string ActionsHeading => L("Afgesproken acties", "Agreed actions");
    public string ColophonHeading => L("Colofon", "Colophon");
    public string StatementsHeading => L("De stellingen per rol", "The statements per role");

    public string Participation(int joined, int finished) => F(
        "{joined, plural, one {# persoon meldde} other {# personen meldden}} zich aan; {finished, plural, one {# deelnemer maakte de snelle check af en telt} other {# deelnemers maakten de snelle check af en tellen}} mee. Adviseurs kijken van buitenaf mee en tellen niet mee. Wie de uitnodiging in het kanaal zag, wordt niet bijgehouden: iedereen in het gesprek kon meedoen.",
        "{joined, plural, one {# person} other {# people}} joined; {finished, plural, one {# respondent finished the quick check and counts} other {# respondents finished the quick check and count}}. Advisors look from outside and do not count. Who saw the invitation in the channel is not recorded: anyone in the conversation could take part.",
        ("joined", joined), ("finished", finished));
    public string Suppression(int n) => F(
        "Een rolgroep wordt alleen getoond met minstens {n, plural, one {# deelnemer} other {# deelnemers}}. Zo nodig wordt ook een tweede groep verborgen, zodat een verborgen groep niet uit het totaal is af te leiden. Een verborgen groep toont geen gemiddelden en geen aantal; individuele antwoorden worden in een ronde niet bewaard.",
        "A role group is shown only with at least {n, plural, one {# respondent} other {# respondents}}. Where needed a second group is hidden too, so that a hidden group cannot be worked out from the total. A hidden group shows neither means nor a count; a round never stores individual answers.",
        ("n", n));
    public string Items(int context) => F(
        "Iedere deelnemer beantwoordde privé de snelle check: {context, plural, one {# vraag} other {# vragen}} over de eigen rol en situatie en daarna de stellingen hieronder, op een schaal van helemaal oneens tot helemaal eens; 'weet ik niet' telt niet mee, en wie over een valkuil te weinig vragen beantwoordde, telt voor die valkuil niet mee.",
        "Each respondent answered the quick check privately: {context, plural, one {# question} other {# questions}} about their own role and situation, then the statements below, on a scale from strongly disagree to strongly agree; 'don't know' does not count, and someone who answered too few questions on a pitfall does not count for that pitfall.",
        ("context", context));
    public string Scoring(int elevated, int high) => L(
        $"Instemming met een stelling die bij een valkuil hoort, verhoogt het risico op die valkuil; instemming met een stelling die bij een les uit geslaagde samenwerkingen hoort, verlaagt het. Zo krijgt iedere deelnemer per valkuil een risico van 0 tot 100. Per groep staat het gemiddelde, afgerond op hele punten. Vanaf {elevated} heet het risico verhoogd, vanaf {high} hoog. Een verschil tussen twee rollen van 15 tot 24 punten heet duidelijk, vanaf 25 punten groot.",
        $"Agreeing with a statement that belongs to a pitfall raises the risk of that pitfall; agreeing with one that belongs to a lesson from partnerships that worked lowers it. So each respondent gets a risk from 0 to 100 per pitfall. Each group shows the mean, rounded to whole points. From {elevated} the risk is called elevated, from {high} high. A difference between two roles of 15 to 24 points is called clear, from 25 points large.");
    public string Analyzer(int themeMinimum) => F(
        "Na de check kon iedere deelnemer in eigen woorden het grootste knelpunt noemen. Een tekstanalyse leest alleen welke van de drie valkuilen zo'n antwoord raakt; dat telt als thema. De woorden zelf worden niet bewaard, niet gelogd en niet geciteerd. De analyse kan een valkuil missen of ten onrechte zien en beoordeelt geen personen. Thema's verschijnen pas vanaf {themeMinimum, plural, one {# deelnemer} other {# deelnemers}} en alleen over alle rollen samen.",
        "After the check each respondent could name the biggest problem in their own words. A text analysis only reads which of the three pitfalls such an answer touches; that counts as a theme. The words themselves are not stored, logged or quoted. The analysis can miss a pitfall or see one that is not there, and it judges no one. Themes appear only from {themeMinimum, plural, one {# respondent} other {# respondents}} and only across all roles together.",
        ("themeMinimum", themeMinimum));

    public string GroupColumn => L("Groep", "Group");
    public string RespondentsColumn => L("Deelnemers", "Respondents");
    public string ResultsCaption => L("Gemiddeld risico per valkuil (0–100), met het niveau in woorden.", "Mean risk per pitfall (0–100), with the level in words.");
    public string BarChartCaption => L("Figuur 1. Gemiddeld risico per valkuil, per zichtbare rolgroep (0–100). Dezelfde cijfers staan in de tabel.", "Figure 1. Mean risk per pitfall for each visible role group (0–100). The table holds the same figures.");
    public string TrendChartCaption => L("Figuur 2. Gemiddeld risico van alle deelnemers per ronde (0–100); een ronde zonder zichtbaar totaal ontbreekt.", "Figure 2. Mean risk of all respondents per round (0–100); a round without a visible total is left out.");
    public string BarChartLabel => L("Staafdiagram: gemiddeld risico per valkuil per rolgroep", "Bar chart: mean risk per pitfall per role group");
    public string TrendChartLabel => L("Lijndiagram: gemiddeld risico per ronde", "Line chart: mean risk per round");
    public string RiskAxis => L("Risico (0–100)", "Risk (0–100)");
    public string RoundAxis => L("Ronde", "Round");
    public string Lesson(string lesson) => L($"Les uit samenwerkingen die werkten: {lesson}.", $"Lesson from partnerships that worked: {lesson}.");
    public string NoActions => L("Er zijn nog geen acties vastgelegd voor dit samenwerkingsverband.", "No actions have been recorded for this partnership yet.");
    public string ActionColumn => L("Actie", "Action");
    public string OwnerColumn => L("Eigenaar", "Owner");
    public string DueColumn => L("Uiterlijk", "Due");
    public string StatusColumn => L("Status", "Status");
    public string Colophon(DateTimeOffset generated, string version, DateTimeOffset released) => L(
        $"Gemaakt op {DateTime(generated)} door PartnershipBot {version}. De cijfers zijn die van de vrijgave van {DateTime(released)}; ze zijn niet opnieuw berekend en gelijk aan die op de resultatenkaart in Teams.",
        $"Made on {DateTime(generated)} by PartnershipBot {version}. The figures are those released on {DateTime(released)}; they were not recomputed and equal those on the results card in Teams.");
    public string Confidential => L("Vertrouwelijk: bestemd voor het bestuur en de deelnemers van het samenwerkingsverband.", "Confidential: for the board and the participants of the partnership.");

    // A count in a sentence goes through the content's plural mechanism (docs/texts.md), never "{n} deelnemers".
    private string F(string nl, string en, params (string Name, object Value)[] values) => InlineTemplate.Format(Language, nl, en, values);
}
