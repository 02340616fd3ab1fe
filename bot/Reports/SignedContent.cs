namespace PartnershipBot.Reports;

/// <summary>A document behind a link: its bytes, media type, file name, and whether browsers should download it.</summary>
internal sealed record SignedContent(byte[] Body, string MediaType, string FileName, bool Download);
