namespace DocLint.Rules.Common;

internal enum AttributionKind
{
    /// <summary>A source the reader can check: a named person or body, a document, a link or citation.</summary>
    Named,

    /// <summary>A source the reader cannot identify: "experts say", "according to reports", "many legal scholars".</summary>
    Vague,

    /// <summary>
    /// One person known only by a role, and so as unidentifiable as a vague source: "A U.S. official", "one Clinton
    /// insider", or a role kept anonymous ("the adviser, who spoke on condition of anonymity").
    /// </summary>
    Role,

    /// <summary>The author's own voice ("I think", "we estimate").</summary>
    Author,
}
