namespace DocLint.Evaluation;

/// <summary>A sentence of the DocLint gold set with its neighbours in the paragraph.</summary>
public sealed record GoldSentence(string Id, string Text, string Previous, string Next, IReadOnlyList<GoldLabel> Labels);
