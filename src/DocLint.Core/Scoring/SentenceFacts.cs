using DocLint.Text;

namespace DocLint.Scoring;

/// <summary>
/// What the scorer needs to know about one sentence, in neutral terms (no rule knowledge):
/// where it is, how long it is, and whether it carries a figure, a quotation or evidence.
/// </summary>
public sealed record SentenceFacts(int Section, TextSpan SourceSpan, int Words, bool HasFigure, bool HasQuotation, int Evidence);
