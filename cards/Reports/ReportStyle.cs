namespace PartnershipBot.Cards.Reports;

/// <summary>The report's stylesheet: readable on screen, A4 in print; contrast at least 4.5:1 everywhere.</summary>
internal static class ReportStyle
{
    public const string Css = """

body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.5; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0b4f82; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.lead { font-size: 1.15rem; }
.note { color: #4a4a4a; font-size: .92rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef4; }
td.hidden { color: #4a4a4a; font-style: italic; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: .92rem; color: #4a4a4a; }
.gap { border-left: 4px solid #0b4f82; padding-left: .75rem; margin: 1rem 0; }
.lesson { font-style: italic; }
footer { margin-top: 2.5rem; font-size: .92rem; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, figure, .gap { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}

""";
}
