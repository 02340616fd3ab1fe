using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Turns;

namespace PartnershipBot.Bot.Tests.Turns;

public sealed class ActivityInputMapperTests
{
    [Theory]
    [InlineData("msteams", null, false)]
    [InlineData("msteams", "en-US", true)]
    [InlineData("emulator", null, true)]
    [InlineData("webchat", "nl-NL", true)]
    public void Map_BotAddedByConversationUpdate_WelcomesUnlessTeamsWillSendTheInstallationUpdate(string channel, string? locale, bool welcomes)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = channel,
            Locale = locale,
            Recipient = new ChannelAccount { Id = "28:bot" },
            MembersAdded = [new ChannelAccount { Id = "29:user" }, new ChannelAccount { Id = "28:bot" }],
        };

        var mapped = ActivityInputMapper.Map(activity);

        Assert.Equal(welcomes, mapped.Input is ConversationUpdateInput);
    }

    [Fact]
    public void Map_InstallationUpdateAdd_AlwaysWelcomes()
    {
        var activity = new Activity { Type = ActivityTypes.InstallationUpdate, ChannelId = "msteams", Action = "add" };

        Assert.IsType<ConversationUpdateInput>(ActivityInputMapper.Map(activity).Input);
    }

    [Fact]
    public void Map_CardSubmitValue_BecomesCardInputWithStringFields()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Value = JsonDocument.Parse("""{"action":"answer","answer":3,"msteams":{"type":"messageBack"}}""").RootElement,
        };

        var input = Assert.IsType<CardInput>(ActivityInputMapper.Map(activity).Input);

        Assert.Equal("3", input.Data["answer"]);
        Assert.False(input.Data.ContainsKey("msteams"));
    }
}
