using System.Diagnostics;
using PartnershipBot.Storage;

namespace PartnershipBot.Telemetry;

/// <summary>
/// A span around every storage call, whichever provider is behind it: operation, item count, provider,
/// outcome. Keys are not tagged: they hold tenant, conversation and user ids.
/// </summary>
internal sealed class TracedStorage(IStorage inner, string system) : IStorage
{
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var span = Start("read", keys.Count);
        return await Traced(span, inner.ReadAsync(keys, cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var span = Start("write", items.Count);
        return await Traced(span, inner.WriteAsync(items, cancellationToken));
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var span = Start("delete", keys.Count);
        await Traced(span, Done(inner.DeleteAsync(keys, cancellationToken)));
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        using var span = Start("delete-prefix", null);
        return await Traced(span, inner.DeleteByPrefixAsync(prefix, cancellationToken));
    }

    public async Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        using var span = Start("read-prefix", null);
        return await Traced(span, inner.ReadByPrefixAsync(prefix, limit, cancellationToken));
    }

    private Activity? Start(string operation, int? items)
    {
        var span = BotTelemetry.Source.StartActivity(BotTelemetry.Spans.Storage, ActivityKind.Client);
        if (span is null)
        {
            return null;
        }

        span.DisplayName = $"{BotTelemetry.Spans.Storage} {operation}";
        span.SetTag(BotTelemetry.Tags.StorageSystem, system);
        span.SetTag(BotTelemetry.Tags.StorageOperation, operation);
        if (items is { } n)
        {
            span.SetTag(BotTelemetry.Tags.StorageItems, n);
        }

        return span;
    }

    private static async Task<T> Traced<T>(Activity? span, Task<T> call)
    {
        try
        {
            var result = await call;
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Ok);
            return result;
        }
        catch (StorageConflictException)
        {
            // A lost eTag race is the contract working (the caller retries), not a fault of the database.
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Conflict);
            throw;
        }
        catch (Exception exception)
        {
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Failed);
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    private static async Task<bool> Done(Task call)
    {
        await call;
        return true;
    }
}
