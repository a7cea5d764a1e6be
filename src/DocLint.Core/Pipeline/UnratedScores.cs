namespace DocLint.Pipeline;

/// <summary>How the --min-score gate treats a document that is not rated (it makes no claim to check).</summary>
public enum UnratedScores
{
    /// <summary>Not held to the gate: an index or recipe page has nothing to source, so it cannot fail (the default).</summary>
    Ignore,

    /// <summary>Fails the gate whatever the minimum (--min-score-unrated fail), for a folder where every page must make sourced claims.</summary>
    Fail,
}
