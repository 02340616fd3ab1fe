namespace PartnershipBot.Reports;

/// <summary>Makes the document of one kind of link; null when it does not exist (in the link's tenant).</summary>
internal interface ISignedContentSource
{
    string Kind { get; }

    Task<SignedContent?> GetAsync(SignedLink link, CancellationToken ct);
}
