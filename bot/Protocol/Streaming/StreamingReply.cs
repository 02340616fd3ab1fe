using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Protocol.Streaming;

/// <summary>
/// One streamed reply in a turn, as Teams' bot streaming wants it on the wire: an informative update (a typing
/// activity whose <c>streaminfo</c> entity has sequence 1; the connector's id for it becomes the stream id), then the
/// text so far in typing activities (type <c>streaming</c>, the stream id, the sequence counting up, at most one a
/// second), then the final message activity (type <c>final</c>, the stream id). Sends are serial: the next update goes
/// only after the previous one was accepted. When the channel refuses an update (the user pressed stop, streaming is
/// off, throttled) or gives no id, the stream stops and the answer is sent as one ordinary message instead.
/// </summary>
internal sealed class StreamingReply(TurnContext turnContext, TimeProvider time, ILogger logger)
{
    /// <summary>Teams documents a throttling limit of one request per second for a stream.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly StreamPacer _pacer = new(Interval);
    private string? _streamId;
    private int _sequence;
    private int _updates;
    private bool _broken;

    /// <summary>True while updates are accepted: the final message then closes the stream.</summary>
    public bool IsLive => _streamId is not null && !_broken;

    public async Task StartAsync(string informative, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(informative);
        var sent = await TrySendAsync(StreamInfo.Informative, informative, cancellationToken);
        _pacer.Sent(time.GetUtcNow());
        if (sent is null)
        {
            return;
        }

        if (string.IsNullOrEmpty(sent.Id))
        {
            StreamingLog.NoStreamId(logger);
            _broken = true;
            return;
        }

        _streamId = sent.Id;
    }

    /// <summary>Adds model text; sends the text so far when the last update is an interval old.</summary>
    public async Task AppendAsync(string chunk, CancellationToken cancellationToken)
    {
        if (!IsLive)
        {
            return;
        }

        if (_pacer.Append(chunk, time.GetUtcNow()) is { } text)
        {
            _updates++;
            await TrySendAsync(StreamInfo.Streaming, text, cancellationToken);
        }
    }

    /// <summary>True once text (not only the informative update) was shown to the user.</summary>
    public bool ShowedText => _updates > 0;

    /// <summary>
    /// Closes the stream with <paramref name="final"/>; when the stream is not live, or the channel refuses the final
    /// message, <paramref name="ordinary"/> is sent as a plain message instead, so the answer always arrives.
    /// </summary>
    public async Task<ResourceResponse> FinishAsync(Activity final, Activity ordinary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(final);
        ArgumentNullException.ThrowIfNull(ordinary);
        if (IsLive)
        {
            final.Type = ActivityTypes.Message;
            final.Entities = [.. final.Entities ?? [], StreamInfo.Entity(StreamInfo.Final, _streamId, null)];
            try
            {
                var sent = await turnContext.SendActivityAsync(final, cancellationToken);
                StreamingLog.Finished(logger, _updates);
                return sent;
            }
            catch (ConnectorException exception)
            {
                StreamingLog.UpdateRefused(logger, StreamInfo.Final, (int)exception.Status, exception.ErrorCode);
                _broken = true;
            }
        }

        return await turnContext.SendActivityAsync(ordinary, cancellationToken);
    }

    private async Task<ResourceResponse?> TrySendAsync(string streamType, string text, CancellationToken cancellationToken)
    {
        var update = new Activity
        {
            Type = ActivityTypes.Typing,
            Text = text,
            Entities = [StreamInfo.Entity(streamType, _streamId, ++_sequence)],
        };
        try
        {
            return await turnContext.SendActivityAsync(update, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            // 403 ContentStreamNotAllowed (stopped by the user, or streaming not allowed), 429, or anything else:
            // no more updates; the final answer goes as one ordinary message.
            StreamingLog.UpdateRefused(logger, streamType, (int)exception.Status, exception.ErrorCode);
            _broken = true;
            return null;
        }
    }
}
