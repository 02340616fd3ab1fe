using System.Buffers.Binary;
using System.IO.Compression;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// Just enough PNG to check the Teams icons: 8-bit RGB or RGBA, not interlaced, any of the five
/// row filters. Pixels come back as RGBA (RGB gets alpha 255). Anything else is refused loudly.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte ColorType, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    /// <summary>Width and height from the IHDR chunk, without decoding pixels.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("not a PNG file");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static PngImage Decode(byte[] png)
    {
        var (width, height) = ReadSize(png);
        var (bitDepth, colorType, interlace) = (png[24], png[25], png[28]);
        if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
        {
            throw new NotSupportedException($"PNG depth {bitDepth}, colour type {colorType}, interlace {interlace}");
        }

        var channels = colorType == 6 ? 4 : 3;
        var raw = Inflate(png);
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException("image data does not match the header");
        }

        var rows = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            Unfilter(raw[(y * (stride + 1))], raw.AsSpan((y * (stride + 1)) + 1, stride), rows, y, stride, channels);
        }

        var rgba = new byte[width * height * 4];
        for (var p = 0; p < width * height; p++)
        {
            rows.AsSpan(p * channels, 3).CopyTo(rgba.AsSpan(p * 4));
            rgba[(p * 4) + 3] = channels == 4 ? rows[(p * 4) + 3] : (byte)255;
        }

        return new PngImage(width, height, colorType, rgba);
    }

    private static byte[] Inflate(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length; // length, type, data, crc
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    private static void Unfilter(byte filter, ReadOnlySpan<byte> line, byte[] rows, int y, int stride, int bpp)
    {
        var row = rows.AsSpan(y * stride, stride);
        var above = y > 0 ? rows.AsSpan((y - 1) * stride, stride) : new byte[stride];
        for (var i = 0; i < stride; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0, up = above[i], upLeft = i >= bpp ? above[i - bpp] : 0;
            var predictor = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
            };
            row[i] = (byte)(line[i] + predictor);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
