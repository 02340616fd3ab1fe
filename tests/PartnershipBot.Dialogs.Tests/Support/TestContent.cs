using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Content;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>The real embedded content, loaded once (immutable), plus its raw JSON for validation tests to mutate.</summary>
internal static class TestContent
{
    private static readonly Lazy<ContentCatalog> Loaded = new(ContentCatalog.LoadEmbedded);

    public static ContentCatalog Catalog => Loaded.Value;

    public static string Raw(string name)
    {
        using var stream = typeof(ContentCatalog).Assembly.GetManifestResourceStream("PartnershipBot.Dialogs.Content." + name)
            ?? throw new InvalidOperationException(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonObject Node(string name) => JsonNode.Parse(Raw(name))!.AsObject();

    /// <summary>The folder that holds the solution file (not [CallerFilePath], which deterministic builds may map to "/_/").</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnershipBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PartnershipBot.sln not found above " + AppContext.BaseDirectory);
    }
}
