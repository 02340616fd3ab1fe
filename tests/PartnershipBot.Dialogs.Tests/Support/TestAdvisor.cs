using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>The advisor over the real embedded content, built once (its index is immutable and thread-safe).</summary>
internal static class TestAdvisor
{
    private static readonly Lazy<PartnershipAdvisor> Built = new(() => PartnershipAdvisor.Create(TestContent.Catalog, PitfallTextAnalyzer.Default));

    public static PartnershipAdvisor Instance => Built.Value;
}
