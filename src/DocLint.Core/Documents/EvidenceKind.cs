namespace DocLint.Documents;

/// <summary>What makes a claim checkable by the reader.</summary>
public enum EvidenceKind
{
    Link,
    Footnote,
    Citation,
}
