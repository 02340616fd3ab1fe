namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>
/// How the lexicons read a message's sentences, which the model cannot tell from its n-grams: whether a sentence is
/// framed (<see cref="SentenceFrame"/>), whether the whole message is an open question ("hoe krijgen we …?"), and how
/// many words it has.
/// </summary>
internal readonly record struct TextShape(bool Framed, bool OpenQuestion, int Words = int.MaxValue);
