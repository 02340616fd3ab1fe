using System.Net;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Health;
using PartnershipBot.Bot.Tests.Hosting;
using Quartz;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The container image without a Docker daemon: its build stage replayed step by step on an empty NuGet
/// package folder (what a fresh image build has), its runtime stage's user, and its HEALTHCHECK command
/// run against a real bot.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class DockerfileTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("pb-docker-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task BuildStage_ReplayedOnACleanPackageCache_PublishesAReadyToRunBot()
    {
        var src = Directory.CreateDirectory(Path.Combine(_scratch, "src")).FullName;
        var app = Path.Combine(_scratch, "app");
        var environment = new Dictionary<string, string?>
        {
            // Empty global packages folder: every package and pack (crossgen included) must be restored by the steps.
            ["NUGET_PACKAGES"] = Directory.CreateDirectory(Path.Combine(_scratch, "packages")).FullName,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

        foreach (var step in DockerfileSteps.Read().Build)
        {
            if (step.Kind == DockerfileStepKind.Copy)
            {
                Copy(step.Words, src);
                continue;
            }

            Assert.Equal("dotnet", step.Words[0]);
            var arguments = step.Words.Skip(1).Select(w => w == "/app" ? app : w).ToList();
            var run = await ExternalProcess.RunAsync("dotnet", arguments, src, environment, TimeSpan.FromMinutes(15));
            Assert.True(run.ExitCode == 0, $"RUN {string.Join(' ', step.Words)} failed:\n{run.StandardOutput}\n{run.StandardError}");
        }

        var bot = Path.Combine(app, "PartnershipBot.dll");
        Assert.True(File.Exists(bot), "publish wrote no PartnershipBot.dll");
        using var pe = new PEReader(File.OpenRead(bot));
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "PartnershipBot.dll is not ReadyToRun-compiled");
    }

    [Fact]
    public void RuntimeStage_RunsAsTheImagesUnprivilegedUser()
    {
        var runtime = DockerfileSteps.Read().RuntimeInstructions.ToList();

        var user = runtime.FindIndex(i => i.StartsWith("USER ", StringComparison.Ordinal));
        Assert.Equal("USER $APP_UID", runtime[user]);
        Assert.True(user < runtime.FindIndex(i => i.StartsWith("ENTRYPOINT ", StringComparison.Ordinal)));
        Assert.DoesNotContain(runtime.Skip(user), i => i.StartsWith("USER root", StringComparison.Ordinal));
    }

    [BashFact]
    public async Task Healthcheck_AgainstARealBot_PassesWhenReadyAndFailsWhenTheSchedulerStops()
    {
        await using var host = await TestBotHost.StartAsync();
        await HealthProbe.WaitForAsync(host.Client, "/health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(15));
        var command = HealthcheckCommand(host.Client.BaseAddress!.Port);

        var ready = await ExternalProcess.RunAsync(command[0], command.Skip(1), _scratch);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        var notReady = await ExternalProcess.RunAsync(command[0], command.Skip(1), _scratch);
        await scheduler.Start();

        Assert.Equal(0, ready.ExitCode);
        Assert.NotEqual(0, notReady.ExitCode);
    }

    /// <summary>The HEALTHCHECK's exec-form command, pointed at <paramref name="port"/> instead of the image's 8080.</summary>
    private static List<string> HealthcheckCommand(int port)
    {
        var healthcheck = Assert.Single(DockerfileSteps.Read().RuntimeInstructions, i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains("/health/ready", healthcheck, StringComparison.Ordinal);
        var json = healthcheck[(healthcheck.IndexOf("CMD [", StringComparison.Ordinal) + "CMD ".Length)..];
        var command = JsonSerializer.Deserialize<List<string>>(json)!;
        Assert.Contains("/127.0.0.1/8080", command[^1], StringComparison.Ordinal);
        command[^1] = command[^1].Replace("/127.0.0.1/8080", $"/127.0.0.1/{port}", StringComparison.Ordinal);
        return command;
    }

    private static void Copy(IReadOnlyList<string> words, string src)
    {
        var destination = Path.GetFullPath(Path.Combine(src, words[^1]));
        foreach (var source in words.Take(words.Count - 1))
        {
            var from = Path.Combine(RepositoryPaths.Root, source.TrimEnd('/'));
            if (Directory.Exists(from))
            {
                CopyDirectory(from, destination);
            }
            else
            {
                var target = words[^1].EndsWith('/') ? Path.Combine(destination, Path.GetFileName(from)) : destination;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(from, target, overwrite: true);
            }
        }
    }

    // Like the build context with Dockerfile.dockerignore: no build output.
    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "artifacts" or "node_modules")))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
