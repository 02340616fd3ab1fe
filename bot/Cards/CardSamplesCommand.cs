using PartnershipBot.Cards.Samples;

namespace PartnershipBot.Cards;

/// <summary>
/// <c>PartnershipBot cards --out DIR</c>: writes every card sample as a JSON file, exactly as the card tests
/// see them, so a designer can open them in the Adaptive Cards Designer and the render test can load them.
/// </summary>
internal static class CardSamplesCommand
{
    public const string Name = "cards";

    private const string Usage = "usage: PartnershipBot cards --out DIR";

    /// <summary>Returns 0 when the files are written, 2 on a usage error (the message goes to <paramref name="output"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        // Accept the arguments with or without the command name in front.
        var rest = args.Length > 0 && args[0] == Name ? args[1..] : args;
        if (rest.Length != 2 || rest[0] != "--out" || string.IsNullOrWhiteSpace(rest[1]))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var directory = Path.GetFullPath(rest[1]);
        var paths = await CardSampleWriter.WriteAllAsync(directory, ct).ConfigureAwait(false);
        await output.WriteLineAsync($"Wrote {paths.Count} card samples to {directory}").ConfigureAwait(false);
        return 0;
    }
}
