using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>History and trend compare like with like: the same kind of check in the same role, or they say why not.</summary>
public class HistoryComparisonTranscriptTests
{
    [Fact]
    public void FirstCheck_SaysItIsTheFirstAndComparesNothing()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("4");

        var report = chat.Results.Report;

        Assert.Null(report.ChangeSinceLast);
        Assert.StartsWith("Dit is uw eerste check.", report.ComparisonNote, StringComparison.Ordinal);
    }

    [Fact]
    public void FullCheckAfterAQuickCheck_IsNotComparedAndSaysWhy()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("5");
        chat.Time.Advance(TimeSpan.FromMinutes(1));

        chat.Say("volledige check");
        chat.AnswerAll("1");
        var report = chat.Results.Report;

        Assert.Null(report.ChangeSinceLast);
        Assert.StartsWith("Dit is uw eerste volledige check in deze rol.", report.ComparisonNote, StringComparison.Ordinal);
    }

    [Fact]
    public void QuickCheckInAnotherRole_IsNotComparedWithTheOwnersCheck()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("5");

        chat.Say("snelle check");
        chat.Say("2"); // the role question: client this time
        chat.AnswerAll("1");
        var report = chat.Results.Report;

        Assert.Equal(Role.Client, report.Role);
        Assert.Null(report.ChangeSinceLast);
        Assert.StartsWith("Dit is uw eerste snelle check in deze rol.", report.ComparisonNote, StringComparison.Ordinal);
    }

    [Fact]
    public void SameKindAndRole_IsComparedAndSaysWithWhat()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("5");
        chat.Say("volledige check");
        chat.AnswerAll("3");
        chat.Time.Advance(TimeSpan.FromDays(30));

        chat.Say("snelle check");
        chat.AnswerAll("1");
        var report = chat.Results.Report;

        Assert.NotNull(report.ChangeSinceLast);
        Assert.Equal(CheckKind.Quick, report.ChangeSinceLast!.PreviousKind);
        Assert.Equal(chat.Profile.History[2].CompletedAt, report.ChangeSinceLast.PreviousCompletedAt);
        Assert.Contains("Sinds uw vorige snelle check in dezelfde rol", report.ChangeSinceLast.Summary, StringComparison.Ordinal);
        Assert.Null(report.ComparisonNote);
    }

    [Fact]
    public void History_OldestOfEachKind_SaysItIsTheFirstInsteadOfAChangeWithItself()
    {
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.AnswerAll("5");
        chat.Say("volledige check");
        chat.AnswerAll("1");

        var history = Assert.IsType<HistoryOutput>(chat.Say("geschiedenis").First(o => o is HistoryOutput));

        Assert.Equal(2, history.Entries.Count);
        Assert.Equal("Eerste volledige check in deze rol: nog niets om mee te vergelijken.", history.Entries[0].Note);
        Assert.Equal("Eerste snelle check in deze rol: nog niets om mee te vergelijken.", history.Entries[1].Note);
    }
}
