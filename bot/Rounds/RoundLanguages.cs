using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Teams;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

/// <summary>
/// The language of every round message: a message to one person (invitation in their 1:1 chat, reminder,
/// progress or release card) in that person's stored choice; a post in the round's channel in the
/// consultant's stored choice; the round's own language (set at its start) only when nobody ever chose.
/// </summary>
internal sealed class RoundLanguages(UserLanguage users)
{
    /// <summary>A reply within a turn: the sender's stored choice, else the language of the command typed, else the locale.</summary>
    public Task<Language> InTurnAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return users.OfAsync(activity, RoundCommand.Parse(activity.TextWithoutBotMention())?.Language, ct);
    }

    /// <summary>A message to <paramref name="userId"/> outside their turn.</summary>
    public async Task<Language> PersonAsync(RoundDocument document, string? userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        return userId is { Length: > 0 }
            ? await users.StoredAsync(document.Round.TenantId, document.Channel.ChannelId ?? "msteams", userId, ct) ?? document.Language
            : document.Language;
    }

    /// <summary>A post in the round's channel: the consultant's language.</summary>
    public Task<Language> ChannelAsync(RoundDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PersonAsync(document, document.HasConsultant ? document.Consultant.Id : null, ct);
    }
}
