using System.Runtime.CompilerServices;
using System.Text.Json;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// The blind question set through the real host: 12 questions per role (six Dutch, six English), each typed by
/// a new user in a personal chat, with the expected lessons written before the retrieval was tuned. The first
/// card must name an expected lesson as the one it rests on; the off-topic and abusive lines get the redirect.
/// </summary>
public sealed class AdvisorGoldenHostTests : BotHostTest
{
    private static readonly Lazy<ContentCatalog> Content = new(ContentCatalog.LoadEmbedded);

    public static TheoryData<string> Roles => new() { "owner", "client", "contractor", "advisor" };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task BlindQuestions_PerRole_EveryAnswerCitesAnExpectedLesson(string role)
    {
        var questions = Load().Where(q => !q.OffTopic && q.Role == role).ToList();
        var misses = new List<string>();

        foreach (var question in questions)
        {
            var user = new BotConversation(Host, Connector, userId: "29:" + question.Id, conversationId: "a:" + question.Id, locale: question.Lang == "en" ? "en-GB" : "nl-NL");
            var card = CardData.AllText((await user.SayAsync(question.Question)).Cards.First());
            var language = question.Lang == "en" ? Language.En : Language.Nl;
            var cited = question.ExpectedLessons!.Select(id => Content.Value.Current.Lesson(id).Title[language])
                .Any(title => card.Contains(language == Language.Nl ? $"de les ‘{title}’" : $"the lesson ‘{title}’", StringComparison.Ordinal));
            if (!cited)
            {
                misses.Add(question.Id);
            }
        }

        Assert.Equal(12, questions.Count);
        Assert.Equal(6, questions.Count(q => q.Lang == "en"));
        Assert.Empty(misses);
    }

    [Fact]
    public async Task BlindOffTopicLines_AllGetTheRedirectAndNoAdvice()
    {
        var lines = Load().Where(q => q.OffTopic).ToList();

        foreach (var line in lines)
        {
            var user = new BotConversation(Host, Connector, userId: "29:" + line.Id, conversationId: "a:" + line.Id, locale: line.Lang == "en" ? "en-GB" : "nl-NL");
            var card = CardData.AllText((await user.SayAsync(line.Question)).Cards.First());

            Assert.DoesNotContain("Gebaseerd op de les", card, StringComparison.Ordinal);
            Assert.DoesNotContain("Based on the lesson", card, StringComparison.Ordinal);
            Assert.True(card.Contains("Snelle check", StringComparison.Ordinal) || card.Contains("Quick check", StringComparison.Ordinal), line.Id);
        }

        Assert.Equal(8, lines.Count);
    }

    private static List<BlindLine> Load([CallerFilePath] string here = "") =>
        [.. File.ReadLines(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "PartnershipBot.Dialogs.Tests", "Advisor", "advisor-questions.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<BlindLine>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)];

    private sealed record BlindLine(string Id, string Lang, string? Role, string Question, IReadOnlyList<string>? ExpectedLessons, bool OffTopic);
}
