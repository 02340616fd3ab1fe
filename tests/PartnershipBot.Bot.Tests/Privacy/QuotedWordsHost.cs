using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Privacy;

/// <summary>
/// The three ways a user's typed words come back on a card, through the real host: the first reading of a
/// described situation, the advisor's answer to a question ("Wat ik herken in uw woorden"), and the full
/// check's open answer (on the answered card and in the results). Each returns the card that quotes them.
/// </summary>
internal static class QuotedWordsHost
{
    // A place name no card, content file or log template contains; the analyzer quotes the words around it.
    public const string Marker = "Kwakkelsteijn";

    public const string Situation = "De eigenaren wilden meteen in " + Marker + " tien procent besparen, nog voor de organisatie draaide.";

    public const string Question = "Hoe voorkom ik dat de eigenaren meteen in " + Marker + " tien procent besparing eisen?";

    public const string Worry = "Ik maak me zorgen: de eigenaren wilden meteen in " + Marker + " tien procent besparen, nog voor de organisatie draaide.";

    public static TheoryData<string> Ways => new() { nameof(Situation), nameof(Question), nameof(Worry) };

    /// <summary>Types the way's words (the situation and the question as the first message of a new conversation) and returns what the bot sent.</summary>
    public static Task<BotConversation.Turn> TypeAsync(BotConversation user, string way) => way switch
    {
        nameof(Situation) => user.SayAsync(Situation),
        nameof(Question) => user.SayAsync(Question),
        nameof(Worry) => FullCheckWithOpenAnswerAsync(user),
        _ => throw new ArgumentOutOfRangeException(nameof(way), way, null),
    };

    /// <summary>A full check: the first choice everywhere, and the worry typed as the open answer; returns the turn of the open answer.</summary>
    private static async Task<BotConversation.Turn> FullCheckWithOpenAnswerAsync(BotConversation user)
    {
        var card = (await user.SayAsync("volledige check")).LastCard;
        for (var step = 0; step < 80; step++)
        {
            if (!CardData.IsQuestion(card))
            {
                // The open question has a text input, not a choice: the answer is typed, as a user would.
                return await user.SayAsync(Worry);
            }

            card = (await user.SubmitAsync($"full-{step}", card, "answer", (CardData.InputId(card), CardData.Option(card, 0)))).LastCard;
        }

        throw new InvalidOperationException("The full check never reached its open question.");
    }

    /// <summary>Everything the bot sent in a turn, posted and updated, as text.</summary>
    public static string AllSent(BotConversation.Turn turn) =>
        string.Join("\n", turn.Sent.Select(r => CardData.AllText(r.Json?["attachments"]?[0]?["content"]) + (r.Json?["text"]?.GetValue<string>() ?? string.Empty)));
}
