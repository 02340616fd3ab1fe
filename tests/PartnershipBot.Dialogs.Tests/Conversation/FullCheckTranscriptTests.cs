using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

public class FullCheckTranscriptTests
{
    [Fact]
    public void FullCheck_AfterQuickCheck_ReusesItsAnswersAndSkipsContext()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.Say("opdrachtgever");
        chat.AnswerAll("4");

        chat.Say("volledige check");

        var texts = chat.Last.OfType<TextOutput>().Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("Ik neem 12 antwoorden", StringComparison.Ordinal));
        Assert.False(chat.Question.IsContext);
        Assert.Equal(25 - 8, chat.Question.Total);

        chat.AnswerAll("3");
        var report = chat.Results.Report;
        Assert.Equal(CheckKind.Full, report.Kind);
        Assert.Equal(Role.Client, report.Role);
        Assert.Equal(25, report.AnsweredCount + report.SkippedCount);
        Assert.Null(chat.Profile.LastAnswers);
    }

    [Fact]
    public void FullCheck_Fresh_AsksRoleSpecificQuestionsIncludingTheOpenOne()
    {
        var chat = new Chat("en-US", (text, _) =>
            text.Contains("unrealistic", StringComparison.OrdinalIgnoreCase)
                ? [new FreeTextSignal("contractor-appearance-of-success", 0.8, ["unrealistic budget"])]
                : []);
        chat.Say("full check");
        chat.Say("contractor");
        chat.Say("2");
        chat.Say("1");
        chat.Say("1");
        var seen = new List<string>();
        while (chat.Last.OfType<QuestionOutput>().LastOrDefault() is { } q)
        {
            seen.Add(q.Question.ItemId);
            chat.Say(q.Question.Kind == QuestionKind.FreeText ? "The budget is unrealistic again." : q.Question.Kind == QuestionKind.YesPartlyNo ? "partly" : "3");
        }

        Assert.Equal(25, seen.Count);
        Assert.Contains("contractor-tight-budgets", seen);
        Assert.DoesNotContain("client-keep-local-ways", seen);
        var evidence = chat.Results.Pitfall("contractor-appearance-of-success").RaisedBy;
        var open = Assert.Single(evidence, e => e.ItemId == "worries");
        Assert.Equal("“unrealistic budget”", open.AnswerLabel);
    }
}
