namespace DocLint.Scoring;

/// <summary>The grade bands of rules/SCORE.md.</summary>
internal static class ScoreGrade
{
    /// <summary>The grade of a document without claims: there is nothing to support.</summary>
    public const string NotRated = "N/A";

    public static string For(int score) => score switch
    {
        >= 85 => "A",
        >= 70 => "B",
        >= 55 => "C",
        >= 40 => "D",
        _ => "F",
    };

    public static string Meaning(string grade) => grade switch
    {
        "A" => "claims are sourced; a reader can check them",
        "B" => "mostly sourced, a few gaps",
        "C" => "mixed: a reader must take several claims on trust",
        "D" => "weakly sourced: many claims rest on no checkable source",
        "F" => "unsupported: claims rest on unnamed sources, unsourced figures or bare certainty",
        _ => "no claims to check",
    };
}
