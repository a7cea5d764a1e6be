using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Analysis;

/// <summary>What an analyzer reports: a descriptor and a span in a block's prose, before mapping to the file.</summary>
internal sealed record ReportedDiagnostic(DiagnosticDescriptor Descriptor, ProseBlock Block, TextSpan ProseSpan, string Context, object?[] Arguments);
