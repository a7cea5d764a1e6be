namespace DocLint.Evaluation;

/// <summary>Scores of one category, with the sentences it got wrong (for error analysis).</summary>
public sealed record FamilyResult(Family Family, Score Sentences, Score Spans, IReadOnlyList<ErrorCase> Errors);
