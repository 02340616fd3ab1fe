using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>Reads the labelled statement files that sit beside this source file.</summary>
internal static class LabelledSet
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledStatement> Load(string fileName) =>
        File.ReadLines(Path.Combine(Folder(), fileName))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<LabelledStatement>(line, s_json)
                ?? throw new InvalidDataException($"Empty line in {fileName}."))
            // Some sets label pitfalls only; their lesson figures are then not meaningful.
            .Select(statement => statement.Lessons is null ? statement with { Lessons = [] } : statement)
            .ToArray();

    /// <summary>The folder that holds the labelled files (every one of them trains the shipped model).</summary>
    public static string FolderPath => Folder();

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
