namespace DocLint.Scoring.Validation;

/// <summary>One article with outside judgement: the comparison it belongs to, its class, and whether that class is the reliable one.</summary>
internal sealed record LabelledArticle(string Set, string Id, string Label, bool? Reliable, string Text);
