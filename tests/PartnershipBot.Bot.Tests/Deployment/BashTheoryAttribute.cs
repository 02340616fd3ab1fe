namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>A theory that needs bash (the package script); skipped, never failed, where bash is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BashTheoryAttribute : TheoryAttribute
{
    public BashTheoryAttribute()
    {
        if (!ExternalProcess.IsOnPath("bash"))
        {
            Skip = "bash is not installed";
        }
    }
}
