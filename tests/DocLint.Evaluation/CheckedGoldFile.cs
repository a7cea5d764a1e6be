namespace DocLint.Evaluation;

/// <summary>
/// A labelled set named with --gold, already checked against its articles and read: the program reads it once, to
/// refuse a bad file before anything is scored, and the run scores these sentences rather than reading the file again.
/// </summary>
public sealed record CheckedGoldFile(string Path, IReadOnlyList<GoldSentence> Sentences);
