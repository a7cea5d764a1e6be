namespace DocLint.Evaluation;

/// <summary>Sentence-level "uncertain" scores, and cue-level scores where the corpus has cue spans.</summary>
public sealed record UncertaintyResult(string Set, int Sentences, Score SentenceScore, Score? CueScore, IReadOnlyList<string> Errors);
