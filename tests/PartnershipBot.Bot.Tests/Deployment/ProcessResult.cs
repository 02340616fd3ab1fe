namespace PartnershipBot.Bot.Tests.Deployment;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
