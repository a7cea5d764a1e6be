namespace DocLint.Scoring;

/// <summary>How the rules' reading judged a sentence as a claim (rules/SCORE.md, "What counts as a claim").</summary>
public enum ClaimStatus
{
    /// <summary>Not a claim: a question, an instruction, marked opinion, a fragment, a heading.</summary>
    None,

    /// <summary>Tied to a named person, body, outlet, document, dataset, link or footnote.</summary>
    Sourced,

    /// <summary>Attributed only to a vague group or to no one in particular ("critics say", "reportedly").</summary>
    VaguelySourced,

    /// <summary>Stated in the author's voice with no source in its paragraph.</summary>
    Unsourced,
}
