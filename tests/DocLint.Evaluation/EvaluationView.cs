namespace DocLint.Evaluation;

/// <summary>
/// How a gold sentence is linted. Window: as the middle of "previous sentence next" (the default, unchanged).
/// Article: the whole article, as the CLI reads a .txt file, keeping the findings that start inside the sentence;
/// document-level rules (speaker turns, lead-ins, roles introduced paragraphs earlier) only see this.
/// Both: each gold set scored in the window view, then in the article view.
/// </summary>
public enum EvaluationView
{
    Window,
    Article,
    Both,
}
