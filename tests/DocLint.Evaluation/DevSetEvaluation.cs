namespace DocLint.Evaluation;

/// <summary>DocLint's per-category scores on a gold file: the one entry point the table and the floor test share.</summary>
public static class DevSetEvaluation
{
    public static IReadOnlyList<FamilyResult> Run(IReadOnlyList<GoldSentence> sentences, DocLintLinter linter)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(linter);
        var findings = sentences.Select(s => linter.Lint(s.Text, s.Previous, s.Next)).ToList();
        return FamilyEvaluator.Evaluate(sentences, findings, f => FamilyMap.Of(f.Rule));
    }

    /// <summary>
    /// The article view: the same scoring on the sentences whose article could be linted; the others are left out
    /// and returned, so the caller can count them.
    /// </summary>
    public static (IReadOnlyList<FamilyResult> Results, IReadOnlyList<GoldSentence> Skipped) Run(IReadOnlyList<GoldSentence> sentences, ArticleLinter linter)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(linter);
        var scored = new List<GoldSentence>();
        var findings = new List<IReadOnlyList<Finding>>();
        var skipped = new List<GoldSentence>();
        foreach (var sentence in sentences)
        {
            if (linter.Lint(sentence) is { } found)
            {
                scored.Add(sentence);
                findings.Add(found);
            }
            else
            {
                skipped.Add(sentence);
            }
        }

        return (FamilyEvaluator.Evaluate(scored, findings, f => FamilyMap.Of(f.Rule)), skipped);
    }
}
