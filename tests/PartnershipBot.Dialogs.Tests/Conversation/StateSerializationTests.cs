using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Conversation;

public class StateSerializationTests
{
    public static TheoryData<string> Options => ["default", "web"];

    private static JsonSerializerOptions For(string name) =>
        name == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : JsonSerializerOptions.Default;

    [Theory]
    [MemberData(nameof(Options))]
    public void DialogStateAndProfile_MidCheckAndAfterResults_RoundTripUnchanged(string options)
    {
        var json = For(options);
        var chat = new Chat("nl-NL");
        chat.Say("snelle check");
        chat.Say("eigenaar");
        chat.Say("overslaan");
        chat.Say("english");

        var stateJson = JsonSerializer.Serialize(chat.State, json);
        var state = JsonSerializer.Deserialize<DialogState>(stateJson, json)!;
        Assert.Equal(stateJson, JsonSerializer.Serialize(state, json));

        chat.AnswerAll("4");
        var profileJson = JsonSerializer.Serialize(chat.Profile, json);
        var profile = JsonSerializer.Deserialize<UserProfile>(profileJson, json)!;
        Assert.Equal(profileJson, JsonSerializer.Serialize(profile, json));
        Assert.Contains("\"en\"", profileJson, StringComparison.Ordinal);
        Assert.Contains("\"owner\"", profileJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_AfterAFullCheckWithOpenAnswer_KeepsNoFreeText()
    {
        var chat = new Chat("nl-NL");
        chat.Say("volledige check");
        chat.Say("eigenaar");
        while (chat.Last.OfType<QuestionOutput>().LastOrDefault() is { } q)
        {
            chat.Say(q.Question.Kind == QuestionKind.FreeText ? "vertrouwelijke zorg over wethouder" : q.Question.IsContext ? "1" : "3");
        }

        var profileJson = JsonSerializer.Serialize(chat.Profile);
        Assert.DoesNotContain("vertrouwelijke", profileJson, StringComparison.Ordinal);
        Assert.Null(chat.State.Check);
    }

    [Fact]
    public void Snapshot_OfAFullCheckWithOpenAnswer_KeepsWhatTheAnalyzerFoundButNotTheWords()
    {
        var chat = new Chat("nl-NL", PartnershipBot.Dialogs.TextAnalysis.PitfallTextAnalyzer.Default.AsFreeTextAnalyzer());
        chat.Say("volledige check");
        chat.Say("eigenaar");
        const string Worry = "De eigenaren hebben de bezuiniging meteen vanaf dag één ingeboekt.";
        while (chat.Last.OfType<QuestionOutput>().LastOrDefault() is { } q)
        {
            chat.Say(q.Question.Kind == QuestionKind.FreeText ? Worry : q.Question.IsContext ? "1" : "3");
        }

        var live = chat.Results.Report;
        var snapshot = chat.LastSnapshot!;
        Assert.NotEmpty(Assert.Single(live.OpenAnswer!.Findings).Phrases);
        var kept = Assert.Single(snapshot.Nl.OpenAnswer!.Findings);
        Assert.Equal("owner-savings-target", kept.PitfallId);
        Assert.Empty(kept.Phrases);
        Assert.Equal("Uw toelichting", snapshot.Nl.Pitfalls.Single(p => p.PitfallId == "owner-savings-target").Evidence.Single(e => e.ItemId == "worries").AnswerLabel);
        Assert.Equal("Outcome of your full check", snapshot.En.Title);
        var json = JsonSerializer.Serialize(snapshot);
        Assert.DoesNotContain("meteen vanaf dag", json, StringComparison.Ordinal);
        Assert.DoesNotContain("dag één", json, StringComparison.Ordinal);
        Assert.True(chat.Profile.History[0].Kept);
    }

    [Fact]
    public void History_ManyChecks_IsBoundedToTheBanksMaximum()
    {
        var chat = new Chat("nl-NL");
        for (var i = 0; i < 12; i++)
        {
            chat.Say("snelle check");
            chat.AnswerAll("3");
            chat.Time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(10, chat.Profile.History.Count);
    }
}
