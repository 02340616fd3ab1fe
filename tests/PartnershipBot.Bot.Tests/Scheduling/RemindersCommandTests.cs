using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>'herinneringen' and 'opvolging' (a personal action) through the real host: list, plan, cancel, and attempts to touch someone else's reminder.</summary>
public sealed class RemindersCommandTests : IAsyncLifetime
{
    private const string Admin = "29:admin";
    private RecordingConnector? _connector;
    private TestBotHost? _host;

    private IReminderScheduler Scheduler => _host!.Services.GetRequiredService<IReminderScheduler>();

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking(("Rounds:Admins:0", Admin)));
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _connector!.DisposeAsync();
    }

    [Fact]
    public async Task FollowUp_OpensTheActionForm_APersonalActionDueAtNineAndListed()
    {
        var anne = Conversation(Activities.UserId);

        var form = (await anne.SayAsync("opvolging")).LastCard;
        Assert.Contains("een bericht met de knoppen 'Afgerond' en 'Twee weken uitstellen'.", CardData.AllText(form), StringComparison.Ordinal);
        var date = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var submitted = await anne.SubmitAsync("card-1", form, "actionCreate", ("actionDescription", "begroting delen (Jan)"), ("actionDue", date));

        var reminder = Assert.Single(await Scheduler.ListAsync(Activities.Tenant, Activities.UserId, default));
        Assert.Equal("action.personal", reminder.Spec.Kind);
        Assert.Equal("Actie: begroting delen (Jan)", reminder.Spec.Description);
        Assert.Equal(9, TimeZoneInfo.ConvertTime(reminder.Spec.FirstDueUtc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).Hour);
        Assert.Contains("De actie is vastgelegd", submitted.Texts, StringComparison.Ordinal);
        Assert.Contains("U bent eigenaar van deze actie: begroting delen (Jan).", CardData.AllText(submitted.LastCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_DateInThePast_RefusedWithoutAskingForAnOwnerTheFormDoesNotHave()
    {
        var anne = Conversation(Activities.UserId);
        var form = (await anne.SayAsync("opvolging")).LastCard;

        var refused = await anne.ExecuteAsync("card-1", form, "actionCreate", ("actionDescription", "begroting delen"), ("actionDue", "2020-01-01"));

        Assert.Equal("De actie is niet vastgelegd: vul een beschrijving en een datum vanaf morgen in.", refused.Body!["value"]!.GetValue<string>());
        Assert.Empty(await Scheduler.ListAsync(Activities.Tenant, Activities.UserId, default));
    }

    [Fact]
    public async Task FollowUp_OldFormStillOnScreen_BecomesAPersonalAction()
    {
        var anne = Conversation(Activities.UserId);
        var old = JsonNode.Parse("""{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","data":{"action":"scheduleFollowUp"}}]}""")!.AsObject();
        var date = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var submitted = await anne.SubmitAsync("card-1", old, "scheduleFollowUp", ("who", "Jan"), ("what", "begroting delen"), ("when", date));

        var reminder = Assert.Single(await Scheduler.ListAsync(Activities.Tenant, Activities.UserId, default));
        Assert.Equal("action.personal", reminder.Spec.Kind);
        Assert.Equal("Actie: begroting delen (Jan)", reminder.Spec.Description);
        Assert.Contains("De actie is vastgelegd", submitted.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_ResultsCardButton_OpensTheSameFormAsTheCommand()
    {
        var anne = Conversation(Activities.UserId);
        var typed = (await anne.SayAsync("opvolging")).LastCard;

        var clicked = await anne.SendAsync(Activities.Base("message", "a:conv-1", _connector!.ServiceUrl, null, "nl-NL", new JsonObject
        {
            ["value"] = new JsonObject { ["action"] = PartnershipBot.Dialogs.Conversation.CardActions.FollowUp },
        }));

        Assert.Equal(CardData.AllText(typed), CardData.AllText(clicked.LastCard));
    }

    [Fact]
    public async Task Reminders_ListedAndCancelledByTheOwner()
    {
        var anne = Conversation(Activities.UserId);
        var scheduled = await Scheduler.ScheduleAsync(Spec(Activities.Tenant, Activities.UserId, "Eigen herinnering"), default);
        await Scheduler.ScheduleAsync(Spec(Activities.Tenant, "29:bert", "Herinnering van Bert"), default);

        var list = (await anne.SayAsync("herinneringen")).LastCard;
        var cancelled = await anne.ExecuteAsync("card-1", list, "cancelReminder");

        Assert.Contains("Eigen herinnering", CardData.AllText(list), StringComparison.Ordinal);
        Assert.DoesNotContain("Bert", CardData.AllText(list), StringComparison.Ordinal);
        Assert.Equal(scheduled.Id, CardData.Of(list, "cancelReminder")["reminderId"]!.GetValue<string>());
        Assert.Equal(200, cancelled.Status);
        Assert.DoesNotContain("Eigen herinnering", cancelled.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await Scheduler.ListAsync(Activities.Tenant, Activities.UserId, default));
    }

    [Fact]
    public async Task CancelReminder_ByAnotherUser_IsRefusedWithoutSayingWhetherItExists()
    {
        var scheduled = await Scheduler.ScheduleAsync(Spec(Activities.Tenant, "29:bert", "Geheime afspraak"), default);
        var anne = Conversation(Activities.UserId);
        var forged = new JsonObject { ["type"] = "AdaptiveCard", ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["data"] = new JsonObject { ["action"] = "cancelReminder", ["reminderId"] = scheduled.Id } }) };

        var refused = await anne.SubmitAsync("card-x", forged, "cancelReminder");
        var unknown = await anne.SubmitAsync("card-y", forged, "cancelReminder", ("reminderId", "does-not-exist"));

        Assert.Single(await Scheduler.ListAsync(Activities.Tenant, "29:bert", default));
        Assert.Contains("bestaat niet", refused.Texts, StringComparison.Ordinal);
        Assert.Equal(refused.Texts, unknown.Texts);
        Assert.DoesNotContain("Geheime", refused.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelReminder_FromAnotherTenant_EvenAsAdmin_IsRefused()
    {
        var scheduled = await Scheduler.ScheduleAsync(Spec(Activities.Tenant, Activities.UserId, "Afspraak tenant 1"), default);
        var activity = Activities.Base("message", "a:conv-9", _connector!.ServiceUrl, null, "nl-NL", new JsonObject { ["value"] = new JsonObject { ["action"] = "cancelReminder", ["reminderId"] = scheduled.Id } });
        activity["from"] = new JsonObject { ["id"] = Admin, ["name"] = "Admin" };
        activity["conversation"]!["tenantId"] = "tenant-2";
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-2" } };

        await _host!.PostActivityAsync(activity);
        var listActivity = Activities.Message("reminders", "a:conv-9", _connector.ServiceUrl);
        listActivity["from"] = new JsonObject { ["id"] = Admin, ["name"] = "Admin" };
        listActivity["conversation"]!["tenantId"] = "tenant-2";
        listActivity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-2" } };
        await _host.PostActivityAsync(listActivity);

        Assert.Single(await Scheduler.ListAsync(Activities.Tenant, Activities.UserId, default));
        Assert.DoesNotContain(_connector.Requests, r => r.Body.Contains("Afspraak tenant 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_Admin_SeesAndCancelsTheTenantsReminders()
    {
        await Scheduler.ScheduleAsync(Spec(Activities.Tenant, "29:bert", "Herinnering van Bert"), default);
        await Scheduler.ScheduleAsync(Spec("tenant-2", "29:carla", "Andere organisatie"), default);
        var admin = Conversation(Admin);

        var list = (await admin.SayAsync("reminders")).LastCard;
        await admin.SubmitAsync("card-1", list, "cancelReminder");

        Assert.Contains("Herinnering van Bert", CardData.AllText(list), StringComparison.Ordinal);
        Assert.DoesNotContain("Andere organisatie", CardData.AllText(list), StringComparison.Ordinal);
        Assert.Empty(await Scheduler.ListAsync(Activities.Tenant, "29:bert", default));
        Assert.Single(await Scheduler.ListAsync("tenant-2", "29:carla", default));
    }

    [Fact]
    public async Task EraseAsync_CancelsOnlyThatUsersRemindersInThatTenant()
    {
        await Scheduler.ScheduleAsync(Spec(Activities.Tenant, Activities.UserId, "Van Anne"), default);
        await Scheduler.ScheduleAsync(Spec(Activities.Tenant, "29:bert", "Van Bert"), default);
        await Scheduler.ScheduleAsync(Spec("tenant-2", Activities.UserId, "Zelfde id, andere organisatie"), default);
        var eraser = _host!.Services.GetServices<IUserDataEraser>().OfType<ReminderDataEraser>().Single();

        await eraser.EraseAsync(new ErasureRequest(Activities.Tenant, "msteams", Activities.UserId, null), default);

        Assert.Empty(await Scheduler.ListAsync(Activities.Tenant, Activities.UserId, default));
        Assert.Single(await Scheduler.ListAsync(Activities.Tenant, "29:bert", default));
        Assert.Single(await Scheduler.ListAsync("tenant-2", Activities.UserId, default));
    }

    private BotConversation Conversation(string userId) => new(_host!, _connector!, userId, "a:conv-" + userId);

    private static ReminderSpec Spec(string tenant, string owner, string description) =>
        new(tenant, owner, "test.kind", "subject", "{}", DateTimeOffset.UtcNow.AddDays(3), null, description);
}
