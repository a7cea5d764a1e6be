namespace DocLint.Evaluation;

/// <summary>The four labelled categories of the DocLint gold set, in table order.</summary>
public enum Family
{
    Hedge,
    Booster,
    UnnamedSource,
    UnsourcedFigure,
}
