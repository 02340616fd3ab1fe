namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>A labelled message as the model sees it: its features and the pitfalls it was labelled with.</summary>
internal sealed record TrainingExample(IReadOnlyList<TextFeature> Features, IReadOnlyCollection<string> Labels);
