namespace PartnershipBot.Bot.Tests.Deployment;

internal enum DockerfileStepKind
{
    Copy,
    Run,
}

/// <summary>One build-stage instruction: COPY's sources and destination, or RUN's command words.</summary>
internal sealed record DockerfileStep(DockerfileStepKind Kind, IReadOnlyList<string> Words);
