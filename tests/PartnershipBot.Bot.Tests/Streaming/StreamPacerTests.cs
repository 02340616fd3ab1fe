using PartnershipBot.Protocol.Streaming;

namespace PartnershipBot.Bot.Tests.Streaming;

/// <summary>The pacing of streamed text: at most one update per interval, each carrying all the text so far.</summary>
public sealed class StreamPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Append_PiecesEveryFifthOfASecond_OneUpdateASecondWithAllTheTextSoFar()
    {
        var pacer = new StreamPacer(TimeSpan.FromSeconds(1));
        pacer.Sent(Start);
        var updates = new List<(TimeSpan At, string Text)>();

        for (var i = 1; i <= 15; i++)
        {
            var at = TimeSpan.FromMilliseconds(200 * i);
            if (pacer.Append(i + " ", Start + at) is { } text)
            {
                updates.Add((at, text));
            }
        }

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], updates.Select(u => u.At));
        Assert.Equal("1 2 3 4 5 ", updates[0].Text);
        Assert.Equal("1 2 3 4 5 6 7 8 9 10 ", updates[1].Text);
        Assert.Equal("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 ", pacer.Text);
    }

    [Fact]
    public void Append_NothingSentYet_SendsTheFirstPieceAtOnce()
    {
        var pacer = new StreamPacer(TimeSpan.FromSeconds(1));

        Assert.Equal("Eerste", pacer.Append("Eerste", Start));
        Assert.Null(pacer.Append(" woorden", Start + TimeSpan.FromMilliseconds(999)));
        Assert.Equal("Eerste woorden en meer", pacer.Append(" en meer", Start + TimeSpan.FromSeconds(1)));
    }
}
