namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>A validator's answer: valid or not, and its errors as "path keyword: message" lines.</summary>
internal sealed record SchemaVerdict(bool Valid, IReadOnlyList<string> Errors)
{
    public override string ToString() => Valid ? "valid" : string.Join(Environment.NewLine, Errors);
}
