using DocLint.Analysis;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A rule reads its sentence's semantics from its context, as it reads the grammar: computed on the first request
/// and kept by the document, so every rule and every neighbour's check shares one reading.
/// </summary>
internal static class SemanticsOnContext
{
    extension(SentenceAnalysisContext context)
    {
        /// <summary>The sentence's semantics (quotations, attributions, reported speech, citations).</summary>
        public SentenceSemantics Semantics => SentenceSemantics.Of(context.Document, context.Sentence);
    }
}
