using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// What the readers read: a sentence, which of its tokens are quoted, and its grammar, which tags the sentence only
/// when a reader first asks for a tag its word does not settle (most sentences never need it here).
/// </summary>
internal readonly struct SentenceInput(AnalyzedDocument document, Sentence sentence, QuotedTokens quoted)
{
    public Sentence Sentence { get; } = sentence;

    public ImmutableArray<Token> Tokens => Sentence.Tokens;

    public QuotedTokens Quoted { get; } = quoted;

    /// <summary>
    /// The sentence's built-in lexicon matches, marked once and shared with the rules; kept here as the readers ask at
    /// every token, and each look-up through the document scans the sentence's annotations.
    /// </summary>
    public SentenceLexicons Lexicons { get; } = RuleLexiconSet.Of(document, sentence);

    /// <summary>
    /// The sentence's grammar, taken once: made untagged, it keeps the labels the words settle alone, which the readers,
    /// the claim reader and the tagger each asked the tag dictionary for again.
    /// </summary>
    public SentenceGrammar Grammar { get; } = document.Grammar(sentence);

    /// <summary>How the whole document cases its words, for a reading that needs more than the sentence.</summary>
    public OpenerCasing Casing => OpenerCasing.Of(document);

    /// <summary>
    /// A token's label: the one its word settles alone (punctuation, a tag-dictionary word), which the tagger gives it
    /// whatever the sentence, or else the sentence's grammar, read on this request.
    /// </summary>
    public PosLabel LabelAt(int tokenIndex) => TryLabelAlone(tokenIndex, out var label) ? label : Grammar.LabelAt(tokenIndex);

    /// <summary>The label a token's word settles alone, without the sentence's grammar; false when the model decides it.</summary>
    public bool TryLabelAlone(int tokenIndex, out PosLabel label) => Grammar.TryLabelAlone(tokenIndex, out label);

    public bool IsQuoted(int tokenIndex) => Quoted.IsQuoted(tokenIndex);

    /// <summary>
    /// A verb or modal among tokens [<paramref name="from"/>, <paramref name="to"/>), by <see cref="LabelAt"/>: a span
    /// whose words all settle their tags alone is answered without reading the sentence's grammar.
    /// </summary>
    public bool HasVerbBetween(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (LabelAt(j).Tag.IsVerb())
            {
                return true;
            }
        }

        return false;
    }
}
