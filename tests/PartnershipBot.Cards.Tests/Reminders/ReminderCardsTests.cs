using System.Text;
using System.Text.Json.Nodes;
using PartnershipBot.Cards.Reminders;
using PartnershipBot.Cards.Tests.Support;

namespace PartnershipBot.Cards.Tests.Reminders;

/// <summary>The reminder cards hold to the same rules as every card: schema, size, fallback text, labelled inputs.</summary>
public sealed class ReminderCardsTests
{
    public static TheoryData<string> Names => ["list-nl", "list-en", "list-empty", "list-admin-full"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_EveryVariant_IsValidSmallAndHasFallbackText(string name)
    {
        var card = Build(name);

        Assert.Empty(SchemaValidator.Errors(card));
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= 28 * 1024, name + " is over 28 KB");
        Assert.False(string.IsNullOrWhiteSpace(card["fallbackText"]?.GetValue<string>()), name);
        Assert.All(CardTree.Walk(card).Select(n => n.Node).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true),
            input => Assert.False(string.IsNullOrWhiteSpace(input["label"]?.GetValue<string>())));
    }

    [Fact]
    public void List_CancelButton_ExecutesWithASubmitFallbackCarryingTheSameData()
    {
        var card = ReminderCards.List([new ReminderListItem("r-1", "Afspraak: x (y)", "maandag 09:00", false)], admin: false, ReminderTexts.Dutch);

        var execute = CardTree.Walk(card).Select(n => n.Node).Single(n => n["type"]?.GetValue<string>() == "Action.Execute");

        Assert.Equal("cancelReminder", execute["verb"]!.GetValue<string>());
        Assert.Equal("r-1", execute["data"]!["reminderId"]!.GetValue<string>());
        Assert.Equal(execute["data"]!.ToJsonString(), execute["fallback"]!["data"]!.ToJsonString());
        Assert.Equal("Action.Submit", execute["fallback"]!["type"]!.GetValue<string>());
    }

    private static JsonObject Build(string name) => name switch
    {
        "list-nl" => ReminderCards.List(Items(3), admin: false, ReminderTexts.Dutch),
        "list-en" => ReminderCards.List(Items(3), admin: false, ReminderTexts.English),
        "list-empty" => ReminderCards.List([], admin: false, ReminderTexts.Dutch),
        _ => ReminderCards.List(Items(60), admin: true, ReminderTexts.Dutch),
    };

    private static List<ReminderListItem> Items(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ReminderListItem("r-" + i, new string('x', 200) + i, "maandag 30 november 2026 om 09:00", i % 2 == 0))];
}
