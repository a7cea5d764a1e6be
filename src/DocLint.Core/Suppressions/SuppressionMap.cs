using System.Collections.Immutable;
using DocLint.Baselines;
using DocLint.Diagnostics;
using DocLint.Documents;

namespace DocLint.Suppressions;

/// <summary>
/// Everything that suppresses findings in one document, built once: its inline comments (unless switched off)
/// and the baseline's entries for its path. Comments win over the baseline, so a finding a writer silenced on
/// purpose never uses up a baseline entry.
/// </summary>
internal sealed class SuppressionMap
{
    private static readonly Suppression ByBaseline = new(SuppressionKind.External, BaselineMatcher.Justification);

    private readonly ProseDocument _document;
    private readonly InlineSuppressor? _inline;
    private readonly bool _requireReason;
    private readonly ImmutableArray<BaselineEntry> _baseline;

    public SuppressionMap(ProseDocument document, InlineSuppressor? inline, bool requireReason, ImmutableArray<BaselineEntry> baseline)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
        _inline = inline;
        _requireReason = requireReason;
        _baseline = baseline.IsDefault ? [] : baseline;
    }

    /// <summary>The diagnostics with suppressed ones marked, the comments' own DL0003-DL0005, and the baseline entries (with left-over counts) that matched nothing here.</summary>
    public (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<BaselineEntry> UnmatchedBaseline) Apply(ImmutableArray<Diagnostic> diagnostics)
    {
        var marked = _inline is null ? diagnostics : _inline.Apply(_document, diagnostics, _requireReason);
        if (_baseline.IsEmpty)
        {
            return (marked, []);
        }

        var remaining = _baseline.ToDictionary(e => e.Key, e => e.Count);
        var result = ImmutableArray.CreateBuilder<Diagnostic>(marked.Length);
        // In position order, each entry absorbing at most its count: the first occurrences are the old ones.
        foreach (var diagnostic in marked.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (!diagnostic.IsSuppressed && diagnostic.Severity != DiagnosticSeverity.Hidden && BaselineFile.IsBaselinable(diagnostic)
                && remaining.TryGetValue(BaselineFile.KeyOf(diagnostic), out var count) && count > 0)
            {
                remaining[BaselineFile.KeyOf(diagnostic)] = count - 1;
                result.Add(diagnostic with { Suppression = ByBaseline });
            }
            else
            {
                result.Add(diagnostic);
            }
        }

        var unmatched = _baseline.Where(e => remaining[e.Key] > 0).Select(e => e with { Count = remaining[e.Key] }).ToImmutableArray();
        return (result.ToImmutable(), unmatched);
    }
}
