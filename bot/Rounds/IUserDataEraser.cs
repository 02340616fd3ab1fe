namespace PartnershipBot.Rounds;

/// <summary>
/// Erases what a feature stores about a user outside the user's own key prefix. The "delete my data"
/// path calls every registered eraser after it removed the user's documents.
/// </summary>
internal interface IUserDataEraser
{
    Task EraseAsync(ErasureRequest user, CancellationToken ct);
}
