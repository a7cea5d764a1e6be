using DocLint.Text;

namespace DocLint.Documents;

/// <summary>An HTML comment in a Markdown file; where inline suppressions live.</summary>
internal sealed record HtmlComment(string Content, TextSpan SourceSpan);
