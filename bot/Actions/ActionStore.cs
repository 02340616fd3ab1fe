using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Actions;

/// <summary>Action registers in storage, by partnership id; actions once recorded under the partnership's name are moved on first read.</summary>
internal sealed class ActionStore(IStorage storage, LegacyNameData legacy, TimeProvider time)
{
    private readonly PartnershipDocuments<ActionRegisterDocument> _documents = new(storage, legacy, CalendarKeys.Actions, CalendarKeys.LegacyActions, OwnActions, p => ActionRegisterDocument.Empty(p.Name));

    public Task<ActionRegisterDocument> GetAsync(string tenantId, Partnership partnership, CancellationToken ct) => _documents.GetAsync(tenantId, partnership, ct);

    /// <summary>A change is stamped with when it was made (a change that returns the register as it was is not one).</summary>
    public Task<ActionRegisterDocument> UpdateAsync(string tenantId, Partnership partnership, Func<ActionRegisterDocument, ActionRegisterDocument> change, CancellationToken ct) =>
        _documents.UpdateAsync(tenantId, partnership, r => change(r) is var changed && ReferenceEquals(changed, r) ? r : changed with { ChangedAt = time.GetUtcNow() }, ct);

    /// <summary>
    /// An action goes to the partnership whose consultant recorded it; one recorded by someone who consults
    /// none of them (an admin, or a consultant who since erased their data) goes to each, as each saw it.
    /// </summary>
    private static JsonObject OwnActions(JsonObject legacy, Partnership partnership, IReadOnlyList<Partnership> sharers)
    {
        var kept = (legacy["actions"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(a => a["createdBy"]?.GetValue<string>() is not { } by || partnership.HasConsultant(by) || !sharers.Any(p => p.HasConsultant(by)))
            .Select(a => a.DeepClone())
            .ToArray();
        legacy["actions"] = new JsonArray(kept);
        legacy["partnershipName"] = partnership.Name;
        return legacy;
    }
}
