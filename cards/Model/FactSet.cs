namespace PartnershipBot.Cards.Model;

/// <summary>Label/value pairs (help commands, context answers).</summary>
internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One row of a <see cref="FactSet"/>. The schema has no <c>type</c> on facts, so none is written.</summary>
internal sealed record Fact(string Title, string Value);
