namespace DocLint.Evaluation;

/// <summary>One finding of a linter, as an offset range inside the evaluated sentence.</summary>
public sealed record Finding(string Rule, int Start, int End)
{
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
