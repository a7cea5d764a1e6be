namespace DocLint.Evaluation;

/// <summary>
/// A sentence of the DocLint gold set with its neighbours in the paragraph, and, when its record says, where it sits
/// in its article (the article view lints the whole article there).
/// </summary>
public sealed record GoldSentence(string Id, string Text, string Previous, string Next, IReadOnlyList<GoldLabel> Labels, ArticlePlace? Place = null);
