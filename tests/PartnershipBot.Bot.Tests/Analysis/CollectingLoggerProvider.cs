using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bot.Tests.Analysis;

/// <summary>Keeps every formatted log message and its structured values, so tests can prove what was (not) logged.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(EventId Id, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(this);

    public void Dispose()
    {
    }

    private sealed class Collector(CollectingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join('|', pairs.Select(p => p.Value)) : string.Empty;
            owner.Entries.Enqueue((eventId, formatter(state, exception) + "|" + values + "|" + exception));
        }
    }
}
