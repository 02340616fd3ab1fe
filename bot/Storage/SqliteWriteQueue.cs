using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace PartnershipBot.Storage;

/// <summary>
/// The one writer of a SQLite file, with group commit: requests queue up while a transaction runs,
/// and the next transaction takes all of them (up to <see cref="MaxBatch"/>). Each request still
/// succeeds or fails on its own: a request that loses an eTag check is rolled back to its savepoint
/// and only its caller gets the <see cref="StorageConflictException"/>. Callers hear back only after
/// the commit, and on the thread pool rather than on the writer's thread.
/// </summary>
internal sealed class SqliteWriteQueue : IDisposable
{
    public const int MaxBatch = 128;

    private readonly Channel<StorageRequest> _requests = Channel.CreateUnbounded<StorageRequest>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly SqliteConnection _writer;
    private readonly WriterCommands _commands;
    private readonly DocumentCache _cache;
    private readonly Func<Task>? _beforeBatch;
    private readonly Task _loop;

    /// <param name="writer">An open connection this queue owns from now on.</param>
    /// <param name="beforeBatch">Test seam: awaited before each batch is taken from the queue.</param>
    public SqliteWriteQueue(SqliteConnection writer, DocumentCache cache, Func<Task>? beforeBatch = null)
    {
        _writer = writer;
        _commands = new WriterCommands(writer);
        _cache = cache;
        _beforeBatch = beforeBatch;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> EnqueueAsync<T>(StorageRequest<T> request, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        request.Cancellation = cancellationToken;
        if (!_requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteStorage));
        }

        return request.Task;
    }

    public void Dispose()
    {
        // Requests already queued are still written; the connection goes once the loop has drained.
        _requests.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        // A clean stop leaves no old page images in the -wal (the pooled readers keep it open): a document's earlier
        // versions are in them, an erased one's too. Busy (Quartz writing) only means the log stays as it is.
        // Dispose may come twice (the host and its container); the first one closed the connection.
        if (_writer.State == System.Data.ConnectionState.Open)
        {
            using var checkpoint = _writer.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        _commands.Dispose();
        _writer.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<StorageRequest>(MaxBatch);
        while (await _requests.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (_beforeBatch is not null)
            {
                await _beforeBatch().ConfigureAwait(false);
            }

            while (batch.Count < MaxBatch && _requests.Reader.TryRead(out var request))
            {
                if (!request.TryCancel())
                {
                    batch.Add(request);
                }
            }

            if (batch.Count > 0)
            {
                Execute(batch);
                batch.Clear();
            }
        }
    }

    private void Execute(List<StorageRequest> batch)
    {
        try
        {
            using var transaction = _writer.BeginTransaction();
            foreach (var request in batch)
            {
                ExecuteOne(request, transaction);
            }

            transaction.Commit();
        }
        catch (Exception exception)
        {
            // The whole transaction is gone: nobody's write happened, and memory may not match the file.
            foreach (var request in batch)
            {
                request.Forget(_cache);
                request.Fail(exception);
            }

            return;
        }

        foreach (var request in batch)
        {
            request.Complete(_cache);
        }
    }

    private void ExecuteOne(StorageRequest request, SqliteTransaction transaction)
    {
        // A request of several documents that loses an eTag check on a later one must leave none of
        // them behind; a savepoint does that without failing the rest of the batch. A single row
        // needs none: a lost eTag check changes nothing.
        var savepoint = request.WritesSeveral;
        if (savepoint)
        {
            _commands.Savepoint(transaction);
        }

        try
        {
            request.Execute(_commands, transaction);
        }
        catch (StorageConflictException conflict)
        {
            if (savepoint)
            {
                _commands.RollbackToSavepoint(transaction);
            }

            request.Forget(_cache);
            request.Reject(conflict);
            return;
        }

        if (savepoint)
        {
            _commands.ReleaseSavepoint(transaction);
        }
    }
}

/// <summary>One queued storage operation and the caller waiting for it.</summary>
internal abstract class StorageRequest
{
    internal CancellationToken Cancellation { get; set; }

    /// <summary>True when it writes more than one row, so a later conflict must undo earlier rows.</summary>
    public virtual bool WritesSeveral => false;

    /// <summary>Runs inside the batch's transaction; throws <see cref="StorageConflictException"/> on a lost eTag check.</summary>
    public abstract void Execute(WriterCommands commands, SqliteTransaction transaction);

    /// <summary>After the commit: bring the cache in line and hand the result to the caller.</summary>
    public abstract void Complete(DocumentCache cache);

    /// <summary>Drops what the cache holds for the keys this request touched.</summary>
    public abstract void Forget(DocumentCache cache);

    public abstract void Fail(Exception exception);

    /// <summary>Rejected on its own (its rows were not written); completes after the commit like the others.</summary>
    public abstract void Reject(StorageConflictException conflict);

    /// <summary>Cancels the request if its caller gave up before it was taken; true if it did.</summary>
    public abstract bool TryCancel();
}

internal abstract class StorageRequest<T> : StorageRequest
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StorageConflictException? _rejected;
    private T? _result;

    public Task<T> Task => _done.Task;

    public sealed override void Complete(DocumentCache cache)
    {
        if (_rejected is not null)
        {
            _done.TrySetException(_rejected);
            return;
        }

        UpdateCache(cache);
        _done.TrySetResult(_result!);
    }

    public sealed override void Fail(Exception exception) => _done.TrySetException(exception);

    public sealed override void Reject(StorageConflictException conflict) => _rejected = conflict;

    public sealed override bool TryCancel() => Cancellation.IsCancellationRequested && _done.TrySetCanceled(Cancellation);

    public sealed override void Execute(WriterCommands commands, SqliteTransaction transaction) => _result = Run(commands, transaction);

    protected abstract T Run(WriterCommands commands, SqliteTransaction transaction);

    protected abstract void UpdateCache(DocumentCache cache);
}

internal sealed class WriteRequest(IReadOnlyDictionary<string, StoreItem> items) : StorageRequest<IReadOnlyDictionary<string, string>>
{
    private readonly Dictionary<string, string> _etags = new(items.Count, StringComparer.Ordinal);

    public override bool WritesSeveral => items.Count > 1;

    public override void Forget(DocumentCache cache)
    {
        foreach (var key in items.Keys)
        {
            cache.Remove(key);
        }
    }

    protected override IReadOnlyDictionary<string, string> Run(WriterCommands commands, SqliteTransaction transaction)
    {
        _etags.Clear();
        foreach (var (key, item) in items)
        {
            var newETag = Guid.NewGuid().ToString("N");
            if (commands.Write(transaction, key, item, newETag) == 0)
            {
                throw new StorageConflictException(key);
            }

            _etags[key] = newETag;
        }

        return _etags;
    }

    protected override void UpdateCache(DocumentCache cache)
    {
        foreach (var (key, item) in items)
        {
            cache.Set(key, new StoreItem(item.Json, _etags[key]));
        }
    }
}

internal sealed class DeleteRequest(IReadOnlyCollection<string> keys) : StorageRequest<bool>
{
    public override void Forget(DocumentCache cache)
    {
        foreach (var key in keys)
        {
            cache.Remove(key);
        }
    }

    protected override bool Run(WriterCommands commands, SqliteTransaction transaction)
    {
        foreach (var key in keys)
        {
            commands.Delete(transaction, key);
        }

        return true;
    }

    // Gone from the file, so gone from memory; evicting again after the commit closes the window in
    // which a write queued before this delete could have put a key back.
    protected override void UpdateCache(DocumentCache cache) => Forget(cache);
}

internal sealed class DeletePrefixRequest(string prefix) : StorageRequest<int>
{
    public override void Forget(DocumentCache cache) => cache.RemovePrefix(prefix);

    protected override int Run(WriterCommands commands, SqliteTransaction transaction) => commands.DeletePrefix(transaction, prefix);

    protected override void UpdateCache(DocumentCache cache) => Forget(cache);
}

internal sealed class ClaimRequest(string key, DateTimeOffset now, DateTimeOffset expiresAt) : StorageRequest<bool>
{
    // Claims are not documents: the cache never holds them.
    public override void Forget(DocumentCache cache)
    {
    }

    protected override bool Run(WriterCommands commands, SqliteTransaction transaction) => commands.Claim(transaction, key, now, expiresAt) == 1;

    protected override void UpdateCache(DocumentCache cache)
    {
    }
}

internal sealed class PurgeClaimsRequest(DateTimeOffset now) : StorageRequest<int>
{
    public override void Forget(DocumentCache cache)
    {
    }

    protected override int Run(WriterCommands commands, SqliteTransaction transaction) => commands.PurgeClaims(transaction, now);

    protected override void UpdateCache(DocumentCache cache)
    {
    }
}
