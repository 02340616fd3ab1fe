namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// A partnership round: one check answered by many people of one partnership, each privately.
/// Immutable; every change returns a new round. <see cref="Participants"/> are those who clicked
/// "take part"; <see cref="Responses"/> hold at most one finished check per participant.
/// <see cref="Cohorts"/> and <see cref="Releases"/> are what has been released (see <see cref="RoundReleaser"/>):
/// they only ever grow, and nothing a participant does afterwards changes them.
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
    IReadOnlyList<RoundResponse> Responses,
    string? PartnershipId = null,
    IReadOnlyList<Cohort>? Cohorts = null,
    IReadOnlyList<RoundRelease>? Releases = null)
{
    public static Round Start(string id, string tenantId, string partnershipName, string consultantId, DateTimeOffset now, DateTimeOffset closesAt, int? minimumGroupSize, string? partnershipId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipName);
        ArgumentException.ThrowIfNullOrWhiteSpace(consultantId);
        return new Round(id, tenantId, partnershipName.Trim(), consultantId, now, closesAt, GroupSize.Normalise(minimumGroupSize), RoundState.Open, [], [], partnershipId, [], []);
    }

    public bool IsOpen => State == RoundState.Open;

    public IReadOnlyList<Cohort> AdmittedCohorts => Cohorts ?? [];

    public IReadOnlyList<RoundRelease> ReleaseHistory => Releases ?? [];

    public RoundRelease? LatestRelease => ReleaseHistory.Count == 0 ? null : ReleaseHistory[^1];

    public RoundRelease? FinalRelease => ReleaseHistory.LastOrDefault(r => r.Final);

    /// <summary>Participants who joined but have not finished a check.</summary>
    public IEnumerable<string> NonRespondents =>
        Participants.Where(p => !Responses.Any(r => string.Equals(r.ParticipantId, p, StringComparison.Ordinal)));

    public bool HasParticipant(string participantId) => Participants.Contains(participantId, StringComparer.Ordinal);

    public Round Join(string participantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(participantId);
        return !IsOpen || HasParticipant(participantId) ? this : this with { Participants = [.. Participants, participantId] };
    }

    /// <summary>
    /// Records a finished check of a participant of an open round; a later check replaces an earlier one
    /// until that earlier one has been released. Once released it stays as it counted: replacing it
    /// would let the next release reveal the change.
    /// </summary>
    public Round Record(RoundResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IsOpen || !HasParticipant(response.ParticipantId) || Responses.Any(r => r.ParticipantId == response.ParticipantId && r.IsReleased))
        {
            return this;
        }

        return this with { Responses = [.. Responses.Where(r => r.ParticipantId != response.ParticipantId), response with { Cohort = null }] };
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

    /// <summary>
    /// The participant leaves: their stored response and participation go. Figures already released
    /// (cohorts, releases) stay as they were: they are anonymous, and changing them would reveal the
    /// person who left.
    /// </summary>
    public Round Withdraw(string participantId) => this with
    {
        Participants = [.. Participants.Where(p => p != participantId)],
        Responses = [.. Responses.Where(r => r.ParticipantId != participantId)],
    };

    /// <summary>Only the state; the final release is made by <see cref="RoundReleaser.Close"/>.</summary>
    internal Round MarkClosed() => this with { State = RoundState.Closed };
}
