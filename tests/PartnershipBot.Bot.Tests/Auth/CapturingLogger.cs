using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>Keeps every formatted log line (and its exception text) so tests can inspect what was written.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(EventId Id, string Text)> _entries = new();

    public IReadOnlyList<(EventId Id, string Text)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _entries.Enqueue((eventId, formatter(state, exception) + " " + exception));
    }
}
