using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The Teams 1.29 schema in two validators. NJsonSchema runs in-process but skips `const` and
/// `if`/`then` (the schema is draft-04 yet uses both); ajv-draft-04 under node enforces them.
/// Shared by the deployment tests through <see cref="DeploymentCollection"/>, so npm installs once.
/// Starting node costs about a second, so the manifests the tests are known to ask about are
/// validated in one run up front; anything else gets a run of its own.
/// </summary>
public sealed class ManifestValidators : IAsyncLifetime
{
    private readonly string scratch = Directory.CreateTempSubdirectory("pb-manifest-").FullName;
    private readonly Dictionary<string, SchemaVerdict> ajvVerdicts = new(StringComparer.Ordinal);
    private JsonSchema? schema;

    public async Task InitializeAsync()
    {
        schema = await JsonSchema.FromFileAsync(RepositoryPaths.ManifestSchema);
        if (!Directory.Exists(Path.Combine(RepositoryPaths.ValidatorFolder, "node_modules", "ajv-draft-04")))
        {
            var install = await ExternalProcess.RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund"], RepositoryPaths.ValidatorFolder);
            Assert.True(install.ExitCode == 0, "npm ci in deployment/validate failed: " + install.StandardError);
        }

        var expected = BrokenManifests.AllMistakes.Select(BrokenManifests.Create)
            .Append(File.ReadAllText(RepositoryPaths.ManifestFile))
            .Append(LocalisationRules.Apply(LocalisationTests.Dutch(), BrokenManifests.Committed()).ToJsonString())
            .Distinct()
            .ToList();
        var verdicts = await RunAjvAsync(expected);
        for (var i = 0; i < expected.Count; i++)
        {
            ajvVerdicts[expected[i]] = verdicts[i];
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(scratch, recursive: true);
        return Task.CompletedTask;
    }

    internal SchemaVerdict ValidateWithNJsonSchema(string manifestJson)
    {
        var loaded = schema ?? throw new InvalidOperationException("validators not initialised");
        var errors = Flatten(loaded.Validate(manifestJson)).ToList();
        return new SchemaVerdict(errors.Count == 0, errors);
    }

    internal async Task<SchemaVerdict> ValidateWithAjvAsync(string manifestJson) =>
        ajvVerdicts.TryGetValue(manifestJson, out var known) ? known : (await RunAjvAsync([manifestJson]))[0];

    private async Task<IReadOnlyList<SchemaVerdict>> RunAjvAsync(IReadOnlyList<string> manifests)
    {
        var files = new List<string>();
        foreach (var manifest in manifests)
        {
            files.Add(Path.Combine(scratch, Guid.NewGuid().ToString("N") + ".json"));
            await File.WriteAllTextAsync(files[^1], manifest);
        }

        var run = await ExternalProcess.RunAsync(
            "node",
            [Path.Combine(RepositoryPaths.ValidatorFolder, "validate-manifest.js"), "--schema", RepositoryPaths.ManifestSchema, .. files],
            RepositoryPaths.Root);
        Assert.True(run.ExitCode is 0 or 1, "validator crashed: " + run.StandardError);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(manifests.Count, lines.Length);
        return lines.Select(ParseVerdict).ToList();
    }

    private static SchemaVerdict ParseVerdict(string line)
    {
        using var report = JsonDocument.Parse(line);
        var errors = report.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()} {e.GetProperty("keyword").GetString()}: {e.GetProperty("message").GetString()}")
            .ToList();
        return new SchemaVerdict(report.RootElement.GetProperty("valid").GetBoolean(), errors);
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Path} {error.Kind}";
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
        }
    }
}
