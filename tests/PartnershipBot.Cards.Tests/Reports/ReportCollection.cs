namespace PartnershipBot.Cards.Tests.Reports;

/// <summary>One report fixture for every report test class: they read the same files, so they must not write them twice at once.</summary>
[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "Reports";
}
