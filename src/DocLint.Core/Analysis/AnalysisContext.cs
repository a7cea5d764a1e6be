namespace DocLint.Analysis;

/// <summary>Where an analyzer registers its actions, once, when the driver is built.</summary>
internal sealed class AnalysisContext
{
    private readonly List<Action<SentenceAnalysisContext>> _sentenceActions = [];
    private readonly List<Action<DocumentAnalysisContext>> _documentActions = [];

    internal IReadOnlyList<Action<SentenceAnalysisContext>> SentenceActions => _sentenceActions;

    internal IReadOnlyList<Action<DocumentAnalysisContext>> DocumentActions => _documentActions;

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _sentenceActions.Add(action);
    }

    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _documentActions.Add(action);
    }
}
