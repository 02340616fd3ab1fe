using System.Text;

namespace PartnershipBot.Bot.Tests.Privacy;

/// <summary>
/// Where a word turns up in the files of a data folder, read as bytes while the bot may still have them
/// open (the database, its -wal and -shm): as UTF-8, as UTF-16 either way round, and as JSON would escape
/// it letter by letter (<c>\u004B…</c>), case-insensitively, so no encoding of a kept document can hide it.
/// </summary>
internal static class KeptBytes
{
    public static IReadOnlyList<string> FilesContaining(string folder, string word)
    {
        var forms = Forms(word);
        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => Contains(Read(file), forms))
            .Select(Path.GetFileName)
            .OfType<string>()];
    }

    private static byte[] Read(string file)
    {
        // SQLite holds its files open and locks them with fcntl, which a shared read does not disturb.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<byte[]> Forms(string word)
    {
        var escaped = string.Concat(word.Select(c => $"\\u{(int)c:x4}"));
        return [.. new[] { Encoding.UTF8.GetBytes(word), Encoding.Unicode.GetBytes(word), Encoding.BigEndianUnicode.GetBytes(word), Encoding.ASCII.GetBytes(escaped) }.Select(Fold)];
    }

    private static bool Contains(byte[] bytes, List<byte[]> forms)
    {
        // ASCII letters folded on both sides: "KWAKKEL…", "kwakkel…" and "\u004B…" in any mix are found.
        var folded = Fold(bytes);
        return forms.Any(form => folded.AsSpan().IndexOf(form) >= 0);
    }

    private static byte[] Fold(byte[] form) => [.. form.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b)];
}
