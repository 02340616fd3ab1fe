namespace PartnershipBot.Health;

/// <summary>Set once the content catalog has been loaded and validated; read by the readiness check.</summary>
internal sealed class ContentStatus
{
    private volatile string? _bankVersion;

    /// <summary>The loaded item bank's version, or null while nothing is loaded.</summary>
    public string? BankVersion => _bankVersion;

    public void Loaded(string bankVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(bankVersion);
        _bankVersion = bankVersion;
    }
}
