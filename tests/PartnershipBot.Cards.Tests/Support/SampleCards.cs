using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PartnershipBot.Cards.Samples;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>The card samples by name, as theory data, and where this test project's sources live.</summary>
internal static class SampleCards
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> ByName =
        new(() => CardSamples.All().ToDictionary(sample => sample.Name, sample => sample.Card));

    public static IReadOnlyList<string> AllNames => [.. ByName.Value.Keys];

    public static TheoryData<string> Names => [.. ByName.Value.Keys];

    /// <summary>A fresh copy, so a test can never change what another test sees.</summary>
    public static JsonObject Card(string name) => ByName.Value[name].DeepClone().AsObject();

    /// <summary>This file is Support/SampleCards.cs, so the project is its grandparent folder.</summary>
    public static string ProjectDirectory() => Path.GetDirectoryName(Path.GetDirectoryName(ThisFile()))!;

    private static string ThisFile([CallerFilePath] string path = "") => path;

    public static string RepositoryRoot() =>
        Path.GetFullPath(Path.Combine(ProjectDirectory(), "..", ".."));
}
