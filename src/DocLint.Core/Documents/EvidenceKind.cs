namespace DocLint.Documents;

/// <summary>What makes a claim checkable by the reader.</summary>
internal enum EvidenceKind
{
    Link,
    Footnote,
    Citation,
}
