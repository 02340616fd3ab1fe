using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Content;

public class BankVersioningTests
{
    [Fact]
    public void CheckInProgress_OnARetiredBank_KeepsItsVersionWhileNewChecksUseTheCurrent()
    {
        var old = TestContent.Node("bank-v1.json");
        old["bankVersion"] = "0";
        old["status"] = "retired";
        old["context"]![0]!["text"]!["nl"] = "Oude formulering: wat is uw rol?";
        var catalog = ContentCatalog.Load(
            [("bank-v0.json", old.ToJsonString()), ("bank-v1.json", TestContent.Raw("bank-v1.json"))],
            TestContent.Raw("advice.json"), TestContent.Raw("ui.json"));
        var engine = new ConversationEngine(catalog);
        var now = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var inProgress = new DialogState(new ActiveCheck("quick-old-1", CheckKind.Quick, "0", now, 0, [], [], 0, false), 1);

        var resumed = engine.Handle(new TurnRequest(inProgress, UserProfile.Empty, new TextInput("help"), "nl-NL", now));
        var fresh = engine.Handle(new TurnRequest(DialogState.Empty, UserProfile.Empty, new TextInput("snelle check"), "nl-NL", now));

        var oldQuestion = resumed.Outputs.OfType<QuestionOutput>().Single().Question;
        Assert.Equal(("0", "Oude formulering: wat is uw rol?"), (oldQuestion.BankVersion, oldQuestion.Text));
        var newQuestion = fresh.Outputs.OfType<QuestionOutput>().Single().Question;
        Assert.Equal("1", newQuestion.BankVersion);
        Assert.Equal(["0", "1"], catalog.BankVersions.Order());
    }
}
