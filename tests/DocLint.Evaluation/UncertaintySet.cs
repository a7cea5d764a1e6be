namespace DocLint.Evaluation;

/// <summary>A named certain/uncertain set; HeldOut marks the sets not used for tuning.</summary>
public sealed record UncertaintySet(string Name, IReadOnlyList<LabelledSentence> Sentences, bool HasCues, bool HeldOut);
