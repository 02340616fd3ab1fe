namespace PartnershipBot.Dialogs.Content;

/// <summary>Thrown at start-up when the content files are invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<string> errors)
        : base("The dialog content is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? []))
    {
        Errors = errors ?? [];
    }

    public ContentValidationException() : this([]) { }

    public ContentValidationException(string message) : this([message]) { }

    public ContentValidationException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
