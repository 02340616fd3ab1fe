namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Runs the turns of one conversation one after another while different conversations run in
/// parallel. Locks exist only while a conversation has turns in flight, so memory stays bounded.
/// </summary>
internal sealed class ConversationTurnQueue
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string conversationKey, Func<Task<T>> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var gate = Acquire(conversationKey);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                return await turn();
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Release(conversationKey, gate);
        }
    }

    /// <summary>Conversations with turns in flight (for tests and diagnostics).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    private Gate Acquire(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    private void Release(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
