namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// One collection for every test that runs node or the package script: they share the validators
/// and run one after another, so two `npm ci` runs never write the same node_modules at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DeploymentCollection : ICollectionFixture<ManifestValidators>
{
    public const string Name = "Deployment";
}
