using System.Buffers.Binary;
using System.IO.Compression;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The icon checks rest on this decoder, and an icon re-exported by an image editor will use row
/// filters our generator never writes, so each filter is checked against a forward encoding here.
/// </summary>
public sealed class PngImageTests
{
    private const int Width = 5;
    private const int Height = 4;

    public static TheoryData<byte> Filters => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Decode_RowsWithFilter_GivesTheOriginalPixels(byte filter)
    {
        var pixels = Enumerable.Range(0, Width * Height * 4).Select(i => (byte)((i * 37) + (i / 7))).ToArray();

        var decoded = PngImage.Decode(Encode(pixels, filter));

        Assert.Equal((Width, Height), (decoded.Width, decoded.Height));
        Assert.Equal(pixels, decoded.Rgba);
    }

    [Fact]
    public void ReadSize_NotAPng_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.ReadSize(new byte[32]));
    }

    private static byte[] Encode(byte[] rgba, byte filter)
    {
        const int stride = Width * 4;
        using var raw = new MemoryStream();
        for (var y = 0; y < Height; y++)
        {
            raw.WriteByte(filter);
            for (var i = 0; i < stride; i++)
            {
                int at = (y * stride) + i, left = i >= 4 ? rgba[at - 4] : 0, up = y > 0 ? rgba[at - stride] : 0;
                var upLeft = i >= 4 && y > 0 ? rgba[at - stride - 4] : 0;
                var predictor = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                raw.WriteByte((byte)(rgba[at] - predictor));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A,
            .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    // The decoder does not check CRCs, so they are left as zero.
    private static byte[] Chunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        return [.. length, .. System.Text.Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
