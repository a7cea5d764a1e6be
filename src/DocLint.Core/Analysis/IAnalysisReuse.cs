using System.Collections.Immutable;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Analysis;

/// <summary>
/// Where an <see cref="AnalyzedDocument"/> may take a block's sentences and a sentence's grammar from an earlier lint
/// of the same document instead of computing them again (the language server re-lints on every keystroke). Each
/// method must return exactly what <see cref="SentenceSegmenter.Segment(ProseBlock, TokenTextPool)"/> and
/// <see cref="GrammarReader.Read(Sentence)"/> return for the same input, so reuse never changes a finding.
/// </summary>
internal interface IAnalysisReuse
{
    /// <summary>The block's sentences, each belonging to <paramref name="block"/>.</summary>
    ImmutableArray<Sentence> Segment(ProseBlock block, TokenTextPool pool);

    /// <summary>The sentence's grammar, over the sentence's own tokens.</summary>
    SentenceGrammar Read(Sentence sentence);
}
