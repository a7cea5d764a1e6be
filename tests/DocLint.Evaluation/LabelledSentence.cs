namespace DocLint.Evaluation;

/// <summary>A sentence labelled certain/uncertain, with cue spans where the corpus has them.</summary>
public sealed record LabelledSentence(string Id, string Text, bool Uncertain, IReadOnlyList<(int Start, int End)> Cues);
