using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Reports;

/// <summary>The document behind a round report link: the round named in the link, in the link's tenant.</summary>
internal sealed class RoundReportSource(RoundReports reports) : ISignedContentSource
{
    public string Kind => RoundReports.Kind;

    public Task<SignedContent?> GetAsync(SignedLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        return reports.RenderAsync(link.TenantId, link.Subject, link.Format, link.Language == "en" ? Language.En : Language.Nl, ct);
    }
}
