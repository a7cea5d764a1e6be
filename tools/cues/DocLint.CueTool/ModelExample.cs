namespace DocLint.CueTool;

/// <summary>
/// One training sentence for the hedge model: its label, whether another uncertainty rule (DL1002, DL3xxx) already
/// flags it, its candidates (feature ids; the vocabulary word, or null for a lexicon match, which is always a
/// candidate), its distinct words, from which a fold's vocabulary is counted, its cross-validation fold, and whether it
/// comes from a full paper.
/// </summary>
internal sealed record ModelExample(bool Uncertain, bool FlaggedByOthers, IReadOnlyList<(string? Word, int[] Features)> Candidates, IReadOnlyList<string> Words, int Fold, bool FullPaper);
