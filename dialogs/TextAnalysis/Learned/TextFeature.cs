namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>One hashed n-gram of a message and the stretch of the input it came from, so a model can quote it.</summary>
internal readonly record struct TextFeature(int Id, int Start, int End);
