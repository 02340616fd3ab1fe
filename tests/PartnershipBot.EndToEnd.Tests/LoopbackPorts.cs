using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>
/// Ports for servers that bind a port number themselves (the Agents Playground takes one on its
/// command line). A port handed out by the kernel for port 0 is free again as soon as it is
/// released, so any test server binding port 0 could take it before the playground starts. These
/// ports come from below the kernel's ephemeral range, where no port-0 bind ever lands, and are
/// never handed out twice in one test run.
/// </summary>
internal static class LoopbackPorts
{
    private const int Lowest = 20000;
    private static readonly HashSet<int> HandedOut = [];

    public static int Reserve()
    {
        var ceiling = EphemeralRangeStart();
        lock (HandedOut)
        {
            for (var tries = 0; tries < 1000; tries++)
            {
                var port = Random.Shared.Next(Lowest, ceiling);
                if (!HandedOut.Contains(port) && IsFree(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {ceiling}.");
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], CultureInfo.InvariantCulture) is var start and > Lowest + 100 ? start : 32768;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // Not Linux (or no procfs): IANA's dynamic range starts higher than this on every platform.
            return 32768;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
