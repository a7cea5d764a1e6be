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
}
