using System.Text;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests;

/// <summary>Every card the real engine produces over the real content obeys the same rules as the samples.</summary>
public sealed class EngineCardTests
{
    [Fact]
    public void Transcripts_CoverEveryKindOfCard()
    {
        var kinds = EngineTranscripts.All.Select(o => o.GetType()).ToHashSet();

        Assert.Contains(typeof(WelcomeOutput), kinds);
        Assert.Contains(typeof(HelpOutput), kinds);
        Assert.Contains(typeof(PrivacyOutput), kinds);
        Assert.Contains(typeof(QuestionOutput), kinds);
        Assert.Contains(typeof(AnswerRecordedOutput), kinds);
        Assert.Contains(typeof(ResultsOutput), kinds);
        Assert.Contains(typeof(HistoryOutput), kinds);
        Assert.Contains(typeof(SituationOutput), kinds);
        Assert.Contains(typeof(ConfirmOutput), kinds);
        Assert.Contains(EngineTranscripts.All.OfType<ResultsOutput>(), r => r.Report.Advice.Count > 0);
    }

    [Fact]
    public void RenderAll_EveryEngineOutput_GivesValidSmallAccessibleCards()
    {
        List<string> failures = [];
        var cards = 0;
        // Repeated cards (the same welcome, the same question in another run) are checked once.
        var distinct = EngineTranscripts.All.SelectMany(o => CardRenderer.RenderAll(o).Select(card => (Output: o, Card: card)))
            .DistinctBy(x => x.Card.ToJsonString());
        foreach (var (output, card) in distinct)
        {
            cards++;
            var what = output.GetType().Name + " #" + cards;
            failures.AddRange(SchemaValidator.Errors(card).Select(e => what + ": " + e));
            failures.AddRange(ColourCheck.Unexplained(card).Select(e => what + ": " + e));
            if (Encoding.UTF8.GetByteCount(card.ToJsonString()) > 28 * 1024)
            {
                failures.Add(what + ": larger than 28 KB");
            }

            if (string.IsNullOrWhiteSpace((string?)card["fallbackText"]))
            {
                failures.Add(what + ": no fallbackText");
            }

            failures.AddRange(CardTree.Walk(card)
                .Where(n => n.Type.StartsWith("Input.", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(n.Get("label")))
                .Select(n => what + ": unlabelled " + n.Type));
        }

        Assert.True(cards > 100, "only " + cards + " cards rendered");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(30)));
    }

    [Fact]
    public void RenderAll_EngineResults_EachAdviceCardNamesItsPitfallAndLevel()
    {
        var withAdvice = EngineTranscripts.All.OfType<ResultsOutput>().Where(r => r.Report.Advice.Count > 0).ToList();

        Assert.NotEmpty(withAdvice);
        Assert.All(withAdvice, results =>
        {
            var report = results.Report;
            var cards = CardRenderer.RenderAll(results);
            var prefix = report.Language == Language.Nl ? "Advies bij: " : "Advice on: ";
            for (var i = 0; i < report.Advice.Count; i++)
            {
                var pitfall = report.Pitfalls.Single(p => p.PitfallId == report.Advice[i].PitfallId);
                Assert.Contains(CardTree.Texts(cards[i + 1]), t => t.StartsWith(prefix + pitfall.Title, StringComparison.Ordinal));
            }
        });
    }
}
