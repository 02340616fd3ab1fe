namespace PartnershipBot.Protocol.Hosting;

/// <summary>The host will not start with this configuration; the message tells the operator why and how to fix it.</summary>
internal sealed class StartupRefusedException(string message) : Exception(message);
