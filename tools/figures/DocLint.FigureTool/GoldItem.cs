using DocLint.Evaluation;

namespace DocLint.FigureTool;

/// <summary>
/// A gold sentence as the figure tool scores it: its article (the cross-validation's group), which labelled file it
/// came from, whether it counts as unsourced_figure positive, whether it is skipped (only borderline figure labels),
/// and its figure candidates.
/// </summary>
internal sealed record GoldItem(string Article, string Part, bool Positive, bool Skipped, IReadOnlyList<FigureCandidate> Candidates)
{
    public static string ArticleOf(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var hash = sentence.Id.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? sentence.Id : sentence.Id[..hash];
    }
}
