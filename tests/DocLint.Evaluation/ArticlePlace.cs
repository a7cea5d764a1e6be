namespace DocLint.Evaluation;

/// <summary>Where a gold sentence sits in its article: the file relative to shared/data and code points [Start, End).</summary>
public sealed record ArticlePlace(string File, int Start, int End);
