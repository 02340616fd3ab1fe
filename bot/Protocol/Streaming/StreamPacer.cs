using System.Text;

namespace PartnershipBot.Protocol.Streaming;

/// <summary>
/// Buffers streamed text so that updates go out at most once per <paramref name="interval"/> (Teams throttles a stream
/// at about one request per second). Each update carries all the text so far, as the channel requires. Pure: the caller
/// passes the time.
/// </summary>
internal sealed class StreamPacer(TimeSpan interval)
{
    private readonly StringBuilder _text = new();
    private DateTimeOffset? _lastSent;

    public string Text => _text.ToString();

    /// <summary>Something was sent at <paramref name="now"/> (the informative update): the next text waits an interval.</summary>
    public void Sent(DateTimeOffset now) => _lastSent = now;

    /// <returns>The whole text to send now, or null while the last update is less than an interval ago.</returns>
    public string? Append(string chunk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        _text.Append(chunk);
        if (_lastSent is { } last && now - last < interval)
        {
            return null;
        }

        _lastSent = now;
        return _text.ToString();
    }
}
