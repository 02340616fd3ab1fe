using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Reports;

namespace PartnershipBot.Bot.Tests.Reports;

/// <summary><c>ronde rapport</c> through the real host, and the signed links: served when valid, refused alike otherwise.</summary>
public sealed class ReportLinkTests : ReportHostTest
{
    [Fact]
    public async Task RoundReport_ConsultantInPersonalChat_LinksServeTheCardsFiguresAsHtmlPdfCsv()
    {
        var round = await ClosedRoundAsync();

        var card = (await User(RoundScenario.Consultant, "a:consultant-1").SayAsync("ronde rapport")).LastCard;

        var links = Links(card);
        Assert.Equal(4, links.Count);
        Assert.All(links, l => Assert.StartsWith(Host.Client.BaseAddress!.AbsoluteUri + "reports/", l, StringComparison.Ordinal));
        Assert.Contains("De links werken 10 minuten", RoundHostTests.AllText(card), StringComparison.Ordinal);
        var cells = CardCells(RoundCards.Results(RoundResultsBuilder.Build(round, round.FinalRelease!, Language.Nl), RoundCardAudience.Channel));

        using var html = await Host.Client.GetAsync(new Uri(links[0]));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", html.Headers.CacheControl!.ToString());
        Assert.Contains("default-src 'none'", string.Join(";", html.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var page = await html.Content.ReadAsStringAsync();
        Assert.All(cells, cell => Assert.Contains(cell, page, StringComparison.Ordinal));

        using var pdf = await Host.Client.GetAsync(new Uri(links[1]));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync()).AsSpan(0, 5)));

        using var csv = await Host.Client.GetAsync(new Uri(links[2]));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("rapport-isd-rivierenland-2099-03-16.csv", csv.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var figures = await csv.Content.ReadAsStringAsync();
        Assert.All(cells, cell => Assert.Contains(cell, figures, StringComparison.Ordinal));

        using var english = await Host.Client.GetAsync(new Uri(links[3]));
        Assert.Contains("<html lang=\"en\">", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_AfterItsMinutes_RefusedWithNothingAboutTheRound()
    {
        await ClosedRoundAsync();
        var link = Links((await User(RoundScenario.Consultant, "a:consultant-1").SayAsync("round report")).LastCard)[0];
        Clock.Advance(TimeSpan.FromMinutes(9));
        using (var stillValid = await Host.Client.GetAsync(new Uri(link)))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        Clock.Advance(TimeSpan.FromMinutes(1));

        await AssertRefusedAsync(link);
    }

    [Fact]
    public async Task Link_TamperedSignature_Refused()
    {
        await ClosedRoundAsync();
        var link = Links((await User(RoundScenario.Consultant, "a:consultant-1").SayAsync("ronde rapport")).LastCard)[0];
        // A character well inside the signature (the last one partly holds padding bits).
        var at = link.Length - 10;
        var tampered = link[..at] + (link[at] == 'A' ? 'B' : 'A') + link[(at + 1)..];

        await AssertRefusedAsync(tampered);
    }

    [Fact]
    public async Task Link_PayloadMovedToAnotherTenantOrRound_Refused()
    {
        var round = await ClosedRoundAsync();
        var link = Links((await User(RoundScenario.Consultant, "a:consultant-1").SayAsync("ronde rapport")).LastCard)[0];

        await AssertRefusedAsync(Rewrite(link, "t", "tenant-2"));
        await AssertRefusedAsync(Rewrite(link, "s", "another-round"));
        // Properly signed, but for a tenant the round is not in, or a round that is not there: still nothing.
        var addresses = Host.Services.GetRequiredService<LinkAddresses>();
        await AssertRefusedAsync(addresses.For(new SignedLink("tenant-2", "round", round.Id, null, "html", "nl", 0)).AbsoluteUri);
        await AssertRefusedAsync(addresses.For(new SignedLink(Activities.Tenant, "round", "no-such-round", null, "html", "nl", 0)).AbsoluteUri);
    }

    [Fact]
    public async Task ReportsPath_WithoutToken_NoListing()
    {
        await ClosedRoundAsync();

        using var listing = await Host.Client.GetAsync(new Uri("/reports/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, listing.StatusCode);
    }

    [Fact]
    public async Task RoundReport_NotTheConsultant_RefusedWithoutLinks()
    {
        var round = await ClosedRoundAsync();

        var turn = await User("29:someone-else", "a:other-1").SayAsync("ronde rapport " + round.Id);

        Assert.Empty(turn.Cards);
        Assert.Contains("Alleen de consultant van deze ronde of een beheerder", turn.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoundReport_Admin_GetsTheLinks()
    {
        await ClosedRoundAsync();

        var card = (await User(Admin, "a:admin-1").SayAsync("round report")).LastCard;

        Assert.Equal(4, Links(card).Count);
    }

    [Fact]
    public async Task RoundReport_InTheChannel_PointsToThePersonalChatWithoutLinks()
    {
        await ClosedRoundAsync();

        var turn = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde rapport");

        Assert.DoesNotContain(turn.Cards, c => c["actions"]?.AsArray().Any(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl") == true);
        Assert.Contains("persoonlijke chat", turn.Texts, StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(string link)
    {
        using var response = await Host.Client.GetAsync(new Uri(link));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("Deze link is verlopen of ongeldig. Vraag de bot om een nieuwe.\nThis link has expired or is not valid. Ask the bot for a new one.\n", body);
    }

    /// <summary>The link with one field of its payload changed and the original signature kept.</summary>
    private static string Rewrite(string link, string field, string value)
    {
        var token = link[(link.LastIndexOf('/') + 1)..];
        var (payload, signature) = (token.Split('.')[0], token.Split('.')[1]);
        var json = JsonNode.Parse(Convert.FromBase64String(Pad(payload.Replace('-', '+').Replace('_', '/'))))!.AsObject();
        json[field] = value;
        var changed = Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return link[..(link.LastIndexOf('/') + 1)] + changed + "." + signature;
    }

    private static string Pad(string text) => text + new string('=', (4 - (text.Length % 4)) % 4);

    private static List<string> CardCells(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray().Select(x => x!["value"]!.GetValue<string>()))];
}
