namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The build stage of deployment/container/Dockerfile as steps a test can replay without Docker:
/// COPY (sources relative to the context, the repository root) and RUN (a dotnet command line).
/// Continuation lines are joined; only the instructions the build stage uses are understood.
/// </summary>
internal sealed record DockerfileSteps(IReadOnlyList<DockerfileStep> Build, IReadOnlyList<string> RuntimeInstructions)
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "deployment", "container", "Dockerfile");

    public static DockerfileSteps Read()
    {
        var instructions = Instructions(File.ReadAllLines(Path));
        var stages = new List<List<string>>();
        foreach (var instruction in instructions)
        {
            if (instruction.StartsWith("FROM ", StringComparison.Ordinal))
            {
                stages.Add([]);
            }

            stages[^1].Add(instruction);
        }

        Assert.Equal(2, stages.Count);
        var build = stages[0].Skip(1).Select(Step).OfType<DockerfileStep>().ToList();
        return new DockerfileSteps(build, stages[1]);
    }

    private static DockerfileStep? Step(string instruction)
    {
        var words = instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words[0] switch
        {
            "COPY" => new DockerfileStep(DockerfileStepKind.Copy, words[1..]),
            "RUN" => new DockerfileStep(DockerfileStepKind.Run, words[1..]),
            "WORKDIR" => null,
            _ => throw new InvalidOperationException($"The build stage uses {words[0]}, which this replay does not understand: teach DockerfileSteps."),
        };
    }

    private static List<string> Instructions(IEnumerable<string> lines)
    {
        var result = new List<string>();
        var current = string.Empty;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (current.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }

            result.Add(current + line);
            current = string.Empty;
        }

        return result;
    }
}
