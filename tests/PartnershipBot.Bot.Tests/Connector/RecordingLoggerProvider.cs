using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>Keeps every formatted log line with its event id, so tests can check what was (not) logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, string Text)> entries = new();

    public IReadOnlyList<(int EventId, string Text)> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Recorder(entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<(int, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((eventId.Id, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
