namespace DocLint.Evaluation;

/// <summary>Which gold categories a rule ID speaks to, and the gold set's category names.</summary>
public static class FamilyMap
{
    public static IReadOnlyList<Family> All { get; } = [Family.Hedge, Family.Booster, Family.UnnamedSource, Family.UnsourcedFigure];

    /// <summary>DL2002 is a figure whose only source is vague, so it answers for both categories.</summary>
    public static IEnumerable<Family> Of(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (ruleId.StartsWith("DL1", StringComparison.Ordinal))
        {
            yield return Family.Hedge;
        }
        else if (ruleId.StartsWith("DL4", StringComparison.Ordinal))
        {
            yield return Family.Booster;
        }
        else if (ruleId.StartsWith("DL3", StringComparison.Ordinal))
        {
            yield return Family.UnnamedSource;
        }
        else if (ruleId.StartsWith("DL2", StringComparison.Ordinal))
        {
            yield return Family.UnsourcedFigure;
            if (ruleId == "DL2002")
            {
                yield return Family.UnnamedSource;
            }
        }
    }

    /// <summary>"Uncertain" for the CoNLL and Szeged sets: a hedge or an unnamed source (weasel).</summary>
    public static bool IsUncertainty(string ruleId) =>
        ruleId.StartsWith("DL1", StringComparison.Ordinal) || ruleId.StartsWith("DL3", StringComparison.Ordinal);

    public static Family? FromCategory(string category) => category switch
    {
        "hedge" => Family.Hedge,
        "booster" => Family.Booster,
        "unnamed_source" => Family.UnnamedSource,
        "unsourced_figure" => Family.UnsourcedFigure,
        _ => null,
    };

    public static string Name(Family family) => family switch
    {
        Family.Hedge => "hedge (DL1xxx)",
        Family.Booster => "booster (DL4xxx)",
        Family.UnnamedSource => "unnamed_source (DL3xxx+DL2002)",
        _ => "unsourced_figure (DL2xxx)",
    };
}
