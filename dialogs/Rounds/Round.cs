namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// A partnership round: one check answered by many people of one partnership, each privately.
/// Immutable; every change returns a new round. <see cref="Participants"/> are those who clicked
/// "take part"; <see cref="Responses"/> hold at most one finished check per participant.
/// </summary>
public sealed record Round(
    string Id,
    string TenantId,
    string PartnershipName,
    string ConsultantId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ClosesAt,
    int MinimumGroupSize,
    RoundState State,
    IReadOnlyList<string> Participants,
    IReadOnlyList<RoundResponse> Responses)
{
    public static Round Start(string id, string tenantId, string partnershipName, string consultantId, DateTimeOffset now, DateTimeOffset closesAt, int? minimumGroupSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipName);
        ArgumentException.ThrowIfNullOrWhiteSpace(consultantId);
        return new Round(id, tenantId, partnershipName.Trim(), consultantId, now, closesAt, GroupSize.Normalise(minimumGroupSize), RoundState.Open, [], []);
    }

    public bool IsOpen => State == RoundState.Open;

    /// <summary>Participants who joined but have not finished a check.</summary>
    public IEnumerable<string> NonRespondents =>
        Participants.Where(p => !Responses.Any(r => string.Equals(r.ParticipantId, p, StringComparison.Ordinal)));

    public bool HasParticipant(string participantId) => Participants.Contains(participantId, StringComparer.Ordinal);

    /// <summary>Same partnership: names compared without case and outer spaces, within one tenant.</summary>
    public bool IsSamePartnershipAs(Round other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(TenantId, other.TenantId, StringComparison.Ordinal)
            && string.Equals(PartnershipName.Trim(), other.PartnershipName.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    public Round Join(string participantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(participantId);
        return !IsOpen || HasParticipant(participantId) ? this : this with { Participants = [.. Participants, participantId] };
    }

    /// <summary>Records a finished check of a participant of an open round; a later check replaces an earlier one.</summary>
    public Round Record(RoundResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IsOpen || !HasParticipant(response.ParticipantId))
        {
            return this;
        }

        return this with { Responses = [.. Responses.Where(r => r.ParticipantId != response.ParticipantId), response] };
    }

    /// <summary>
    /// Sets the themes of a participant's recorded response in an open round (what the optional open
    /// question touched: pitfall ids, never words). Without a recorded response nothing changes.
    /// </summary>
    public Round WithThemes(string participantId, IReadOnlyList<string> themeIds)
    {
        ArgumentNullException.ThrowIfNull(themeIds);
        if (!IsOpen || !Responses.Any(r => r.ParticipantId == participantId))
        {
            return this;
        }

        return this with { Responses = [.. Responses.Select(r => r.ParticipantId == participantId ? r with { ThemeIds = [.. themeIds.Distinct(StringComparer.Ordinal)] } : r)] };
    }

    /// <summary>The participant leaves: their response leaves every aggregate, also after closing.</summary>
    public Round Withdraw(string participantId) => this with
    {
        Participants = [.. Participants.Where(p => p != participantId)],
        Responses = [.. Responses.Where(r => r.ParticipantId != participantId)],
    };

    public Round Close() => this with { State = RoundState.Closed };
}
