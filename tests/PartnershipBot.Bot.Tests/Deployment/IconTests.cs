using System.Globalization;

namespace PartnershipBot.Bot.Tests.Deployment;

public sealed class IconTests
{
    public static TheoryData<string, int> TeamsIconSizes => new()
    {
        { "color.png", 192 },
        { "outline.png", 32 },
    };

    [Theory]
    [MemberData(nameof(TeamsIconSizes))]
    public void Icon_Header_HasTheSizeTeamsRequires(string file, int size)
    {
        var (width, height) = PngImage.ReadSize(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestFolder, file)));

        Assert.Equal((size, size), (width, height));
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOrTransparentOnly()
    {
        var outline = Load("outline.png");

        Assert.Equal(6, outline.ColorType); // RGBA: an outline needs transparency
        Assert.Equal(0, VisibleNonWhitePixels(outline));
    }

    [Fact]
    public void OutlineIcon_Shape_HasBothInkAndTransparentBackground()
    {
        var outline = Load("outline.png");
        var alphas = Pixels(outline).Select(p => p.A).ToList();

        Assert.Contains(alphas, a => a == 255);
        Assert.Equal(0, outline[0, 0].A);
    }

    [Fact]
    public void ColorIcon_WhiteCheck_FindsColour()
    {
        // Negative control for the outline check: it must notice colour when there is some.
        Assert.True(VisibleNonWhitePixels(Load("color.png")) > 1000);
    }

    [Fact]
    public void ColorIcon_Background_IsOpaqueAccentColour()
    {
        var color = Load("color.png");
        var accent = BrokenManifests.Committed()["accentColor"]!.GetValue<string>();
        var (r, g, b, a) = color[0, 0];

        Assert.All(Pixels(color), p => Assert.Equal(255, p.A));
        Assert.Equal(accent, string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}"));
    }

    [Fact]
    public async Task Icons_RegeneratedByScript_MatchTheCommittedPixels()
    {
        var folder = Directory.CreateTempSubdirectory("pb-icons-").FullName;
        try
        {
            var run = await ExternalProcess.RunAsync(
                "python3", [Path.Combine(RepositoryPaths.ManifestFolder, "make-icons.py"), folder], RepositoryPaths.Root);
            Assert.True(run.ExitCode == 0, run.StandardError);

            foreach (var file in new[] { "color.png", "outline.png" })
            {
                var fresh = PngImage.Decode(File.ReadAllBytes(Path.Combine(folder, file)));
                var committed = Load(file);
                Assert.Equal((committed.Width, committed.Height), (fresh.Width, fresh.Height));
                Assert.Equal(committed.Rgba, fresh.Rgba);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static PngImage Load(string file) =>
        PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestFolder, file)));

    private static int VisibleNonWhitePixels(PngImage image) =>
        Pixels(image).Count(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255));

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngImage image) =>
        from y in Enumerable.Range(0, image.Height)
        from x in Enumerable.Range(0, image.Width)
        select image[x, y];
}
