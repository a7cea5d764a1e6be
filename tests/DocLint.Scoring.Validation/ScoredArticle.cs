namespace DocLint.Scoring.Validation;

internal sealed record ScoredArticle(LabelledArticle Article, ScoreTally Tally, bool IsCalibration);
