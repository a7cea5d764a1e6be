namespace DocLint.Rules.Common;

internal enum AttributionKind
{
    /// <summary>A source the reader can check: a named person or body, a document, a link or citation.</summary>
    Named,

    /// <summary>A source the reader cannot identify: "experts say", "according to reports".</summary>
    Vague,

    /// <summary>The author's own voice ("I think", "we estimate").</summary>
    Author,
}
