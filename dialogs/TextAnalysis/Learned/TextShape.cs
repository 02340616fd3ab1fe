namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>
/// How the lexicons read a message's sentences, which the model cannot tell from its n-grams: whether a sentence is
/// framed (<see cref="SentenceFrame"/>) and whether the whole message is an open question ("hoe krijgen we …?").
/// </summary>
internal readonly record struct TextShape(bool Framed, bool OpenQuestion);
