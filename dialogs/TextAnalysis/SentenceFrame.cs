namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>How a sentence frames what it says, read from its opening words (see the lexicons' frame lists).</summary>
internal enum SentenceFrame
{
    None,

    /// <summary>A topic echoed as a short question before it is answered: "Couleur locale?".</summary>
    Echo,

    /// <summary>Counterfactual: "als we dat hadden gedaan, was het misgegaan"; it did not happen.</summary>
    Hypothetical,

    /// <summary>Someone else's story: "anders dan in de buurregio, waar …", "unlike …".</summary>
    Elsewhere,

    /// <summary>Ordered in time after operations run well: "pas nu de bedrijfsvoering stabiel draait, …".</summary>
    AfterInOrder,

    /// <summary>
    /// How a change turned out, told in the past: "inwoners merkten niets van de overgang". The demand that they notice
    /// nothing is the pitfall; the report that they did not is an outcome. The lexicons read it as they read any
    /// sentence; only the learned model, which cannot tell "mochten niets merken" from "merkten niets" by its n-grams,
    /// adds nothing to a text with such a sentence.
    /// </summary>
    Outcome,

    /// <summary>
    /// A proposal that was turned down: "het voorstel om al in het eerste jaar 10% te korten is door de raad verworpen".
    /// What it proposed did not happen, so its cues count as their opposites, as under a negation: a cut voted down is
    /// patience, "het voorstel voor een transitiebudget is van tafel geveegd" is the savings pitfall.
    /// </summary>
    Rejected,
}
