using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Rules.Semantics;

/// <summary>
/// What the readers read: a sentence, which of its tokens are quoted, and its document, which reads the sentence's
/// grammar only when a reader first asks (most sentences never need it here).
/// </summary>
internal readonly struct SentenceInput(AnalyzedDocument document, Sentence sentence, QuotedTokens quoted)
{
    public Sentence Sentence { get; } = sentence;

    public ImmutableArray<Token> Tokens => Sentence.Tokens;

    public QuotedTokens Quoted { get; } = quoted;

    public SentenceGrammar Grammar => document.Grammar(Sentence);

    public bool IsQuoted(int tokenIndex) => Quoted.IsQuoted(tokenIndex);
}
