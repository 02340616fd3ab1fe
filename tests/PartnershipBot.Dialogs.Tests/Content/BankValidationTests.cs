using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Content;

/// <summary>Each rule of the loader, broken on purpose: the shipped files are mutated in one spot and must fail with a clear message.</summary>
public class BankValidationTests
{
    private static JsonArray Items(JsonObject bank) => bank["items"]!.AsArray();

    private static JsonObject Item(JsonObject bank, string id) => Items(bank).Single(i => (string?)i!["id"] == id)!.AsObject();

    public static TheoryData<string, Action<JsonObject>, string> BankFailures => new()
    {
        { "duplicate id", b => Item(b, "joint-standards")["id"] = "budget-realistic", "item id 'budget-realistic' is used more than once" },
        { "missing English", b => Item(b, "joint-standards")["text"]!.AsObject().Remove("en"), "item 'joint-standards' text.en is missing" },
        { "weight too high", b => Item(b, "scale-means-savings")["pitfalls"]!["owner-savings-target"] = 1.5, "weight for pitfall 'owner-savings-target' is 1.5, must be in (0, 1]" },
        { "weight zero", b => Item(b, "scale-means-savings")["pitfalls"]!["owner-savings-target"] = 0, "must be in (0, 1]" },
        { "unknown pitfall", b => Item(b, "scale-means-savings")["pitfalls"]!["owner-savings"] = 0.5, "weight for unknown pitfall 'owner-savings'" },
        { "unknown scale", b => Item(b, "joint-standards")["scale"] = "agree7", "item 'joint-standards': scale 'agree7' is not defined" },
        { "unknown role", b => Item(b, "owner-own-contribution-first")["roles"] = new JsonArray("alderman"), "unknown role 'alderman'" },
        { "both directions", b => Item(b, "joint-standards")["pitfalls"] = new JsonObject { ["client-unchanged-service"] = 0.5 }, "weighs both pitfall 'client-unchanged-service' and its protective lesson" },
        { "quick too long", b => Item(b, "scale-means-savings")["checks"] = new JsonArray("quick", "full"), "the quick check has 9 questions; it needs 1 to 8" },
        { "scale5 short", b => b["scales"]![0]!["options"]!.AsArray().RemoveAt(4), "scale 'agree5': a scale5 scale needs exactly 6 options, found 5" },
        { "scale5 without don't know", b => b["scales"]![0]!["options"]![5]!["agreement"] = 0.2, "scale 'agree5': a scale5 scale needs exactly one 'don't know' option (agreement null)" },
        { "min answered", b => b["levels"]!["minAnswered"] = 0, "levels.minAnswered must be between 1 and 5" },
        { "levels", b => b["levels"]!["highFrom"] = 30, "levels must satisfy 0 < elevatedFrom < highFrom <= 100" },
        { "context missing", b => b["context"]!.AsArray().RemoveAt(3), "needs exactly one context question for 'motive', found 0" },
        { "role options", b => b["context"]![0]!["options"]!.AsArray().RemoveAt(3), "the role question's option values must be exactly owner, client, contractor, advisor" },
        { "factor range", b => b["context"]![2]!["options"]![2]!["factors"]!["owner-savings-target"] = 3.0, "factor for 'owner-savings-target' must be in (0, 2]" },
        { "contradiction item", b => b["contradictions"]![0]!["when"]![0]!["item"] = "nope", "contradiction 'realistic-budget-yet-yearly-deficits' refers to unknown or unscored item 'nope'" },
        { "pitfall lesson", b => b["pitfalls"]![0]!["lesson"] = "wishful-thinking", "pitfall 'owner-savings-target' refers to unknown lesson 'wishful-thinking'" },
        { "status", b => b["status"] = "draft", "status must be \"current\" or \"retired\"" },
        { "coverage per role", StarveClientOfServiceItems, "the full check for role 'client' covers pitfall 'client-unchanged-service' with 2 items; it needs at least 3" },
    };

    [Theory]
    [MemberData(nameof(BankFailures))]
    public void Load_BrokenBank_FailsWithAClearError(string rule, Action<JsonObject> breakIt, string expected)
    {
        var bank = TestContent.Node("bank-v1.json");
        breakIt(bank);

        var errors = LoadErrors([("bank-v1.json", bank.ToJsonString())]);

        Assert.True(errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), $"{rule}: {string.Join(" | ", errors)}");
    }

    public static TheoryData<string, Action<JsonObject>, string> AdviceFailures => new()
    {
        { "too few steps", a => a["advice"]![0]!["steps"]!["owner"] = new JsonArray(new JsonObject { ["nl"] = "Eén stap", ["en"] = "One step" }), "advice for 'owner-savings-target': role 'owner' needs 2 or 3 next steps, found 1" },
        { "missing pitfall", a => a["advice"]!.AsArray().RemoveAt(2), "no advice for pitfall 'contractor-appearance-of-success'" },
        { "wrong lesson", a => a["advice"]![1]!["lesson"] = "patient-owners-buffer", "advice for 'client-unchanged-service' uses lesson 'patient-owners-buffer'" },
        { "unknown saying", a => a["advice"]![0]!["saying"] = "time-is-money", "refers to unknown saying 'time-is-money'" },
        { "skipWhen item", a => a["advice"]![0]!["steps"]!["owner"]![0]!["skipWhen"] = "nope=yes", "skipWhen 'nope=yes' must be 'item=value' with an item of the bank and a value of its scale" },
        { "skipWhen value", a => a["advice"]![0]!["steps"]!["owner"]![0]!["skipWhen"] = "startup-budget=maybe", "skipWhen 'startup-budget=maybe' must be 'item=value'" },
        { "every step skippable", a => { foreach (var step in a["advice"]![0]!["steps"]!["client"]!.AsArray()) { step!["skipWhen"] = "startup-budget=yes"; } }, "role 'client' needs at least one step without skipWhen" },
    };

    [Theory]
    [MemberData(nameof(AdviceFailures))]
    public void Load_BrokenAdvice_FailsWithAClearError(string rule, Action<JsonObject> breakIt, string expected)
    {
        var advice = TestContent.Node("advice.json");
        breakIt(advice);
        var errors = LoadErrors([("bank-v1.json", TestContent.Raw("bank-v1.json"))], advice: advice.ToJsonString());

        Assert.True(errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), $"{rule}: {string.Join(" | ", errors)}");
    }

    public static TheoryData<string, Action<JsonObject>, string> UiFailures => new()
    {
        { "missing message", u => u["messages"]!.AsObject().Remove("stop.paused"), "ui: message 'stop.paused'.nl is missing" },
        { "clashing words", u => u["commands"]![3]!["words"]!["en"]!.AsArray().Add("help"), "the word 'help' triggers both" },
        { "answer as command", u => u["commands"]![4]!["words"]!["nl"]!.AsArray().Add("eens"), "answer 'eens' is also the command 'Skip'" },
        { "unknown command", u => u["commands"]!.AsArray().Add(new JsonObject { ["id"] = "dance" }), "ui: unknown command 'dance'" },
    };

    [Theory]
    [MemberData(nameof(UiFailures))]
    public void Load_BrokenUi_FailsWithAClearError(string rule, Action<JsonObject> breakIt, string expected)
    {
        var ui = TestContent.Node("ui.json");
        breakIt(ui);

        var errors = LoadErrors([("bank-v1.json", TestContent.Raw("bank-v1.json"))], ui: ui.ToJsonString());

        Assert.True(errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), $"{rule}: {string.Join(" | ", errors)}");
    }

    [Fact]
    public void Load_NotJson_NamesTheFile()
    {
        var errors = LoadErrors([("bank-v1.json", "{ \"bankVersion\": ")]);

        Assert.Contains(errors, e => e.StartsWith("bank-v1.json: not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TwoCurrentBanks_IsRejected()
    {
        var copy = TestContent.Node("bank-v1.json");
        copy["bankVersion"] = "2";

        var errors = LoadErrors([("bank-v1.json", TestContent.Raw("bank-v1.json")), ("bank-v2.json", copy.ToJsonString())]);

        Assert.Contains("exactly one bank must have status \"current\", found 2", errors);
    }

    [Fact]
    public void Load_ManyProblems_ReportsAllOfThemAtOnce()
    {
        var bank = TestContent.Node("bank-v1.json");
        Item(bank, "joint-standards")["text"]!.AsObject().Remove("nl");
        Item(bank, "budget-realistic")["short"]!.AsObject().Remove("en");

        var errors = LoadErrors([("bank-v1.json", bank.ToJsonString())]);

        Assert.Equal(2, errors.Count);
    }

    internal static IReadOnlyList<string> LoadErrors(IReadOnlyList<(string, string)> banks, string? advice = null, string? ui = null)
    {
        var exception = Assert.Throws<ContentValidationException>(() =>
            ContentCatalog.Load(banks, advice ?? TestContent.Raw("advice.json"), ui ?? TestContent.Raw("ui.json")));
        Assert.NotEmpty(exception.Errors);
        return exception.Errors;
    }

    // Leaves the client only the two quick-check service items in the full check.
    private static void StarveClientOfServiceItems(JsonObject bank)
    {
        foreach (var item in Items(bank).Select(i => i!.AsObject()).Where(i => i["checks"]!.AsArray().Count == 1))
        {
            var touches = (item["pitfalls"]?.AsObject().ContainsKey("client-unchanged-service") ?? false)
                || (item["lessons"]?.AsObject().ContainsKey("collective-commissioning") ?? false);
            if (touches)
            {
                item["roles"] = new JsonArray("owner");
            }
        }
    }
}
