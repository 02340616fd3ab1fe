using System.Reflection;
using SkiaSharp;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The report's one font family, DejaVu Sans, shipped inside this assembly: a container or App Service has
/// no system fonts to rely on, and the PDF must embed what it shows. Both libraries keep their font lookup
/// in process-wide settings, so <see cref="EnsureRegistered"/> installs ours once, before the first report.
/// </summary>
internal static class ReportFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static byte[] Regular { get; } = Load("DejaVuSans.ttf");

    public static byte[] Bold { get; } = Load("DejaVuSans-Bold.ttf");

    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new ChartFontResolver());
        ScottPlot.Fonts.Default = Family;
        ScottPlot.Fonts.Sans = Family;
        PdfSharp.Fonts.GlobalFontSettings.FontResolver = new PdfFontResolver();
        return true;
    }

    private static byte[] Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PartnershipBot.Cards.Reports.Fonts." + file)
            ?? throw new InvalidOperationException($"The report font {file} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class ChartFontResolver : ScottPlot.IFontResolver
    {
        private static readonly SKTypeface RegularFace = SKTypeface.FromData(SKData.CreateCopy(Regular));
        private static readonly SKTypeface BoldFace = SKTypeface.FromData(SKData.CreateCopy(Bold));

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => bold ? BoldFace : RegularFace;

        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing width) =>
            (int)weight >= (int)ScottPlot.FontWeight.SemiBold ? BoldFace : RegularFace;
    }

    private sealed class PdfFontResolver : PdfSharp.Fonts.IFontResolver
    {
        public PdfSharp.Fonts.FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName) => faceName == "DejaVuSans-Bold" ? Bold : Regular;
    }
}
