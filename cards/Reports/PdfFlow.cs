using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// A minimal flowing layout on PDFsharp: paragraphs wrapped at word boundaries, simple tables, images, and a
/// new A4 page whenever the next block does not fit. Enough for a board report, without a layout engine.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private const double Margin = 50;
    private readonly PdfDocument _document;
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;
    private double _y;

    public PdfFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    private static double Width => XUnit.FromMillimeter(210).Point - (2 * Margin);

    private static double Bottom => XUnit.FromMillimeter(297).Point - Margin;

    public static XFont Font(double size, bool bold = false) => new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public void Heading(string text, double size)
    {
        Space(size * 0.8);
        EnsureRoom(size * 3); // keep a heading with the first lines below it
        Paragraph(text, Font(size, bold: true), XBrushes.Black);
        Space(2);
    }

    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            var height = font.GetHeight() * 1.15;
            EnsureRoom(height);
            _gfx.DrawString(line, font, brush, new XPoint(Margin + indent, _y + font.GetHeight()));
            _y += height;
        }

        Space(4);
    }

    /// <summary>A table with a bold header row; <paramref name="widths"/> are fractions of the text width.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths, XFont font)
    {
        var bold = Font(font.Size, bold: true);
        Row(header, widths, bold, XBrushes.Black, shaded: true);
        foreach (var row in rows)
        {
            Row(row, widths, font, XBrushes.Black, shaded: false);
        }

        Space(6);
    }

    public void Image(byte[] png, double widthFraction)
    {
        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        var width = Width * widthFraction;
        var height = width * image.PixelHeight / image.PixelWidth;
        EnsureRoom(height);
        _gfx.DrawImage(image, Margin, _y, width, height);
        _y += height + 4;
    }

    public void Space(double points) => _y += points;

    public void Dispose() => _gfx.Dispose();

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, XBrush brush, bool shaded)
    {
        const double pad = 3;
        var lineHeight = font.GetHeight() * 1.15;
        var wrapped = cells.Select((c, i) => Wrap(c, font, (Width * widths[i]) - (2 * pad))).ToList();
        var height = (wrapped.Max(w => w.Count) * lineHeight) + (2 * pad);
        EnsureRoom(height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var cellWidth = Width * widths[i];
            var rect = new XRect(x, _y, cellWidth, height);
            if (shaded)
            {
                _gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(232, 238, 244)), rect);
            }

            _gfx.DrawRectangle(new XPen(XColors.Gray, 0.5), rect);
            for (var l = 0; l < wrapped[i].Count; l++)
            {
                _gfx.DrawString(wrapped[i][l], font, brush, new XPoint(x + pad, _y + pad + (l * lineHeight) + font.GetHeight()));
            }

            x += cellWidth;
        }

        _y += height;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            _gfx.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
