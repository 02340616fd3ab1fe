namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>A fact that needs bash (the package script); skipped, never failed, where bash is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (!ExternalProcess.IsOnPath("bash"))
        {
            Skip = "bash is not installed";
        }
    }
}
