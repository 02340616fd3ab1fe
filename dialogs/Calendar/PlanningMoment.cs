using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Calendar;

/// <summary>The moments of a joint arrangement's planning &amp; control cycle within one calendar year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanningMoment>))]
public enum PlanningMoment
{
    /// <summary>Financial and policy frameworks for next year, daily board to the councils (Wgr art. 34b).</summary>
    [JsonStringEnumMemberName("frameworks")] Frameworks,
    /// <summary>Provisional annual accounts of last year to the councils (art. 34b).</summary>
    [JsonStringEnumMemberName("provisionalAccounts")] ProvisionalAccounts,
    /// <summary>Draft budget for next year to the councils: 12 weeks before the general board decides (art. 35(1)).</summary>
    [JsonStringEnumMemberName("draftBudget")] DraftBudget,
    /// <summary>The councils' views on the draft budget are due: 12 weeks after they received it (art. 35(3)).</summary>
    [JsonStringEnumMemberName("councilViews")] CouncilViews,
    /// <summary>Annual accounts of last year to the province (art. 34(3)).</summary>
    [JsonStringEnumMemberName("accountsToProvince")] AccountsToProvince,
    /// <summary>The general board adopts next year's budget (art. 34(1)).</summary>
    [JsonStringEnumMemberName("budgetAdoption")] BudgetAdoption,
    /// <summary>Adopted budget to the province: within two weeks of adoption, before 15 September (art. 34(2)).</summary>
    [JsonStringEnumMemberName("budgetToProvince")] BudgetToProvince,
    /// <summary>The participants' councils adopt their own budgets, with the arrangement's contribution in them.</summary>
    [JsonStringEnumMemberName("municipalBudgets")] MunicipalBudgets,
}
