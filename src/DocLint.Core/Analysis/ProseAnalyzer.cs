using System.Collections.Immutable;
using DocLint.Diagnostics;

namespace DocLint.Analysis;

/// <summary>
/// A rule, Roslyn-style: it declares what it reports, then registers actions on sentences or documents.
/// Actions are pure functions of their context and may run on many documents in parallel.
/// </summary>
internal abstract class ProseAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);
}
