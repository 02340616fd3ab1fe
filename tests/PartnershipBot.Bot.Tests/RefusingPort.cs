using System.Net;
using System.Net.Sockets;

namespace PartnershipBot.Bot.Tests;

/// <summary>
/// A loopback port where nothing answers: the socket is bound but never listens, so a connection is
/// refused at once, and the port stays ours until disposed. (Freeing a server's port instead lets a
/// test running in parallel bind it and answer.)
/// </summary>
internal sealed class RefusingPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public RefusingPort()
    {
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}/");
    }

    public Uri Url { get; }

    public void Dispose() => socket.Dispose();
}
