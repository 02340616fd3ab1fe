using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>
/// Just enough of the PostgreSQL wire protocol (v3) on loopback to see what a client signs in with:
/// it refuses SSL/GSS encryption, asks for a cleartext password (as Azure Database for PostgreSQL does
/// for Entra tokens), records the startup parameters and the password, then rejects the login.
/// </summary>
internal sealed class LoopbackPostgresServer : IAsyncDisposable
{
    private const int SslRequest = 80877103;
    private const int GssRequest = 80877104;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackPostgresServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<(string User, string Password)> Logins { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await ServeAsync(client.GetStream());
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        var startup = await ReadStartupAsync(stream);
        while (startup.Code is SslRequest or GssRequest)
        {
            await stream.WriteAsync("N"u8.ToArray(), _stop.Token);
            startup = await ReadStartupAsync(stream);
        }

        var parameters = Encoding.UTF8.GetString(startup.Body).Split('\0');
        var user = parameters.SkipWhile(p => p != "user").Skip(1).FirstOrDefault() ?? string.Empty;
        await stream.WriteAsync(new byte[] { (byte)'R', 0, 0, 0, 8, 0, 0, 0, 3 }, _stop.Token); // AuthenticationCleartextPassword

        var type = new byte[1];
        await stream.ReadExactlyAsync(type, _stop.Token);
        var body = await ReadBodyAsync(stream);
        lock (Logins)
        {
            Logins.Add((user, Encoding.UTF8.GetString(body).TrimEnd('\0')));
        }

        var error = Encoding.UTF8.GetBytes("SFATAL\0VFATAL\0C28P01\0Mloopback test server: login recorded\0\0");
        var frame = new byte[5 + error.Length];
        frame[0] = (byte)'E';
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), 4 + error.Length);
        error.CopyTo(frame, 5);
        await stream.WriteAsync(frame, _stop.Token);
    }

    private async Task<(int Code, byte[] Body)> ReadStartupAsync(NetworkStream stream)
    {
        var body = await ReadBodyAsync(stream);
        return (BinaryPrimitives.ReadInt32BigEndian(body), body[4..]);
    }

    private async Task<byte[]> ReadBodyAsync(NetworkStream stream)
    {
        var length = new byte[4];
        await stream.ReadExactlyAsync(length, _stop.Token);
        var body = new byte[BinaryPrimitives.ReadInt32BigEndian(length) - 4];
        await stream.ReadExactlyAsync(body, _stop.Token);
        return body;
    }
}
