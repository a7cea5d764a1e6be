namespace DocLint.Rules.Common;

/// <summary>
/// A word class declared a chosen part of another, with both lists' names (<see cref="WordClasses.DeclaredSubsets"/>): the
/// load holds <paramref name="Words"/> inside <paramref name="Superset"/>, and the tests read the same row.
/// </summary>
internal sealed record DeclaredSubset(string Name, WordClass Words, string SupersetName, WordClass Superset);
