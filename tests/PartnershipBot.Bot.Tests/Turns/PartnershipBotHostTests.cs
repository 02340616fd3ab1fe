using System.Net;
using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>The real bot behind the real host: what users see, and what is stored, across turns and restarts.</summary>
public sealed class PartnershipBotHostTests : BotHostTest
{
    [Fact]
    public async Task Install_AnnouncedTwice_WelcomesOnce()
    {
        var user = User();
        var install = Activities.Base("installationUpdate", "a:conv-1", Connector.ServiceUrl, null, "nl-NL", new JsonObject { ["action"] = "add" });
        var update = Activities.Base("conversationUpdate", "a:conv-1", Connector.ServiceUrl, null, "nl-NL", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.UserId }, new JsonObject { ["id"] = Activities.BotId }),
        });

        var first = await user.SendAsync(install);
        var second = await user.SendAsync(update);

        Assert.Contains("Welkom", CardData.AllText(Assert.Single(first.Cards)), StringComparison.Ordinal);
        Assert.Empty(second.Sent);
    }

    [Fact]
    public async Task QuickCheck_StateSurvivesAHostRestart()
    {
        var user = User();
        var question = (await user.SayAsync("snelle check")).LastCard;
        var second = (await user.SubmitAsync("card-1", question, "answer", (CardData.InputId(question), CardData.Option(question, 0)))).LastCard;
        Assert.NotEqual(CardData.AllText(question), CardData.AllText(second));

        var dataDirectory = Host.DataDirectory;
        await Host.DisposeAsync();
        Host = await TestBotHost.StartAsync(dataDirectory);
        user = User();

        var third = (await user.SubmitAsync("card-2", second, "answer", (CardData.InputId(second), CardData.Option(second, 0)))).LastCard;
        Assert.True(CardData.IsQuestion(third));
        Assert.NotEqual(CardData.AllText(second), CardData.AllText(third));
        Assert.DoesNotContain("eerder moment", CardData.AllText(third), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidAnswer_ThirdTry_TheCardOffersToSkipOnce()
    {
        var user = User();
        await user.SayAsync("snelle check");
        await user.SayAsync("1");
        await user.SayAsync("blabla");
        await user.SayAsync("blabla");

        var third = await user.SayAsync("blabla");

        var card = (JsonObject)third.Sent.Last().Json!["attachments"]![0]!["content"]!;
        var text = CardData.AllText(card);
        Assert.Contains("Lukt het niet met deze vraag? Typ 'overslaan' of gebruik de knop om hem over te slaan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sla deze vraag gerust over", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_TwoPeople_NeitherGetsAQuestionInPublic()
    {
        // The check used to run per user inside the group chat, where everyone read "Uw antwoord: Eigenaar".
        var anne = new BotConversation(Host, Connector, "29:anne", "19:team@thread.v2", conversationType: "groupChat");
        var bram = new BotConversation(Host, Connector, "29:bram", "19:team@thread.v2", conversationType: "groupChat");

        var anneTurn = await anne.SayAsync("snelle check");
        var bramTurn = await bram.SayAsync("snelle check");

        Assert.False(CardData.IsQuestion(anneTurn.LastCard));
        Assert.False(CardData.IsQuestion(bramTurn.LastCard));
        Assert.NotNull(CardData.Of(bramTurn.LastCard, "openPersonal"));
    }

    [Fact]
    public async Task ActionSubmitAnswer_ReplacesTheCardInPlaceAndAsksTheNextQuestion()
    {
        var user = User();
        var question = (await user.SayAsync("snelle check")).LastCard;

        var turn = await user.SubmitAsync("card-msg-7", question, "answer", (CardData.InputId(question), CardData.Option(question, 1)));

        var put = Assert.Single(turn.Sent, r => r.Method == "PUT");
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/card-msg-7", put.RawTarget);
        var answered = put.Json!["attachments"]![0]!["content"]!;
        Assert.Null(CardData.ChoiceSet((JsonObject)answered));
        Assert.True(CardData.IsQuestion(turn.LastCard));
    }

    [Fact]
    public async Task ActionExecuteAnswer_InvokeResponseIsTheAnsweredCardAndTheNextQuestionFollows()
    {
        var user = User();
        var question = (await user.SayAsync("snelle check")).LastCard;

        var turn = await user.ExecuteAsync("card-msg-8", question, "answer", (CardData.InputId(question), CardData.Option(question, 1)));

        Assert.Equal((int)HttpStatusCode.OK, turn.Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", turn.Body!["type"]!.GetValue<string>());
        var replacement = (JsonObject)turn.Body["value"]!;
        Assert.Null(CardData.ChoiceSet(replacement));
        Assert.Contains(CardData.AllText(question).Split(' ')[0], CardData.AllText(replacement), StringComparison.Ordinal);
        Assert.DoesNotContain(turn.Sent, r => r.Method == "PUT");
        Assert.True(CardData.IsQuestion(turn.LastCard));
    }

    [Fact]
    public async Task ActionExecute_WithoutAction_Is400BadRequestLikeTheSdk()
    {
        var response = await Host.PostActivityAsync(Activities.Invoke("adaptiveCard/action", new JsonObject { ["trigger"] = "manual" }, serviceUrl: Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BadRequest", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_AfterConfirmation_LeavesNothingStoredAboutTheUser()
    {
        var user = User();
        var other = new BotConversation(Host, Connector, "29:someone-else");
        await other.SayAsync("snelle check");
        await user.SayAsync("snelle check");
        var confirm = (await user.SayAsync("verwijder mijn gegevens")).LastCard;
        Assert.Contains("wissen", CardData.AllText(confirm), StringComparison.Ordinal);

        var done = await user.SubmitAsync("card-9", confirm, "deleteDataConfirmed");

        // The confirm card itself now says it is done (no live buttons left).
        Assert.Contains("gewist", CardData.AllText(Assert.Single(done.Sent, r => r.Method == "PUT").Json), StringComparison.Ordinal);
        var storage = Host.Services.GetRequiredService<IStorage>();
        var prefix = $"tenants/{Activities.Tenant}/msteams/users/{Uri.EscapeDataString(Activities.UserId)}";
        Assert.Equal(0, await storage.DeleteByPrefixAsync(prefix, default));
        // The other user keeps their dialog and the pointer to the question card on their screen.
        Assert.Equal(2, await storage.DeleteByPrefixAsync($"tenants/{Activities.Tenant}/msteams/users/{Uri.EscapeDataString("29:someone-else")}/", default));
    }
}
