using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// One user's quick check, turn by turn, each turn sent to the instance a router picks (as a load
/// balancer would); it can stop after some turns and go on later. Records every question asked.
/// </summary>
internal sealed class AlternatingQuickCheck(BotConversation user, int index)
{
    private JsonObject? _card;
    private int _turn;

    public List<string> Questions { get; } = [];

    /// <summary>The text of the last card: the results once the check is finished.</summary>
    public string LastText => _card is null ? string.Empty : CardData.AllText(_card);

    public bool Finished => _card is not null && !CardData.IsQuestion(_card);

    /// <summary>Runs turns until turn <paramref name="untilTurn"/> (exclusive) or the end; turn t goes to <c>route(index + t)</c>.</summary>
    public async Task RunAsync(Func<int, IBotInstance> route, int untilTurn = int.MaxValue)
    {
        if (_card is null)
        {
            user.Host = route(index);
            _card = (await user.SayAsync("snelle check")).LastCard;
            _turn = 1;
        }

        while (_turn < untilTurn && _turn < 40 && CardData.IsQuestion(_card))
        {
            Questions.Add(CardData.AllText(_card));
            var choices = CardData.ChoiceSet(_card)!["choices"]!.AsArray().Count;
            var option = (_turn == 1 ? index : _turn) % Math.Min(3, choices);
            user.Host = route(index + _turn);
            var turn = await user.SubmitAsync($"q-{_turn}", _card, "answer", (CardData.InputId(_card), CardData.Option(_card, option)));
            _card = turn.Cards.LastOrDefault(c => CardData.IsQuestion(c) || CardData.AllText(c).Contains("Uitkomst", StringComparison.Ordinal)) ?? new JsonObject();
            _turn++;
        }
    }
}
