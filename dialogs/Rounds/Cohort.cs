using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// A block of at least N respondents of one role, admitted to the round's released figures at once and
/// frozen from then on: every released figure is a sum of whole cohorts, so no comparison of two views
/// (or of a view with a later one) can isolate fewer than N people. A member who leaves or erases their
/// data later loses their stored response, not the anonymous tally already released.
/// </summary>
public sealed record Cohort(int Index, Role Role, int Count, IReadOnlyDictionary<string, PitfallTally> Tallies, DateTimeOffset AdmittedAt);
