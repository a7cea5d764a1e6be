using DocLint.Rules.Figures;

namespace DocLint.FigureTool;

/// <summary>
/// One figure FigureFinder found in a gold sentence, read as the evaluation reads it (the sentence between its
/// neighbours): the rule's call on it, its features, and its gold label (1 unsourced, 0 not, null when it overlaps
/// only a borderline span and so is left out of training and scoring). <paramref name="Where"/> names it for a reader
/// going through one call's cases (--list): the sentence's id, the figure's text and the sentence.
/// </summary>
internal sealed record FigureCandidate(FigureCall Call, IReadOnlyList<string> Features, int? Label, string Where = "")
{
    public bool IsReported => Call is FigureCall.Unsourced or FigureCall.VaguelySourced;
}
