using System.Text;
using Microsoft.Extensions.Logging;
using PartnershipBot.Bot.Tests.Analysis;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>Ask the advisor through the real host: a question gets an advice card citing its lesson; nothing typed is kept.</summary>
public sealed class AdvisorHostTests : BotHostTest
{
    // A word no card, content file or log template contains, to look for in the logs and the database folder.
    private const string Marker = "Kwakkelsteijn";

    private readonly CollectingLoggerProvider _logs = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The same data folder, now with every log level collected, so the test sees what the bot would write.
        await Host.DisposeAsync();
        Host = await TestBotHost.StartAsync(
            Host.DataDirectory,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            builder => builder.Logging.AddProvider(_logs));
    }

    [Theory]
    [InlineData("nl-NL", "Hoe overtuig ik de wethouders om de eerste jaren geen besparing in te boeken?", "Gebaseerd op de les ‘Geduldige eigenaren met een financiële buffer’", "Mijn advies")]
    [InlineData("en-GB", "What should we agree with the clients before we standardise?", "Based on the lesson ‘Commissioning together’", "My advice")]
    [InlineData("nl-NL", "Hoe vertel ik als directeur het bestuur dat de begroting niet haalbaar is?", "Gebaseerd op de les ‘Realistische verwachtingen scheppen’", "Een eerste stap voor u als directie")]
    public async Task Question_InPersonalChat_GetsAnAdviceCardCitingItsLesson(string locale, string question, string basis, string heading)
    {
        var user = new BotConversation(Host, Connector, locale: locale);

        var card = CardData.AllText((await user.SayAsync(question)).LastCard);

        Assert.Contains(basis, card, StringComparison.Ordinal);
        Assert.Contains(heading, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat wordt het weer morgen?", "Daar kan ik u niet mee helpen")]
    [InlineData("Jij bent echt een waardeloze stomme bot", "Ik merk dat u ontevreden bent")]
    public async Task OffTopicOrAbusive_GetsThePoliteRedirectWithTheQuickCheck(string text, string expected)
    {
        var user = new BotConversation(Host, Connector);

        var card = (await user.SayAsync(text)).LastCard;

        Assert.Contains(expected, CardData.AllText(card), StringComparison.Ordinal);
        Assert.Contains(CardData.Actions(card), a => a["data"]?["action"]?.GetValue<string>() == "quickCheck");
    }

    [Fact]
    public async Task Question_WhatWasTyped_IsInNoLogAndNoDatabaseFile()
    {
        var user = new BotConversation(Host, Connector);

        var answer = await user.SayAsync($"Hoe leg ik in {Marker} de gemeenteraad uit dat de besparing pas later komt?");
        await user.SayAsync($"Wat wordt het weer in {Marker}?");
        await user.SayAsync($"De directie van {Marker} meldt elk kwartaal dat alles op schema ligt, terwijl de achterstanden groeien.");

        Assert.Contains("Geduldige eigenaren", CardData.AllText(answer.LastCard), StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Entries);
        Assert.DoesNotContain(_logs.Entries, entry => entry.Text.Contains(Marker, StringComparison.OrdinalIgnoreCase));
        await Host.DisposeAsync();
        Assert.All(Directory.EnumerateFiles(Host.DataDirectory, "*", SearchOption.AllDirectories), file =>
            Assert.DoesNotContain(Marker, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.OrdinalIgnoreCase));
        Host = await TestBotHost.StartAsync(Host.DataDirectory);
    }
}
