using DocLint.Text;

namespace DocLint.Documents;

/// <summary>A link, footnote reference or citation marker, located in its block's prose.</summary>
internal sealed record Evidence(EvidenceKind Kind, TextSpan ProseSpan, string Target);
