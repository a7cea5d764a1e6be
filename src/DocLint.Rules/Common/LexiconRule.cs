using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Common;

/// <summary>
/// The loop every lexicon rule shares: match the lexicon over the sentence, ask the rule whether each match is a use it
/// flags (its own reading of the words, and whether they are someone else's), and report the matched words.
/// </summary>
internal static class LexiconRule
{
    public static void Report(
        SentenceAnalysisContext context,
        Lexicon lexicon,
        DiagnosticDescriptor rule,
        Func<LexiconUse, bool> isFlagged)
    {
        var tokens = context.Sentence.Tokens;
        // The walk Matches makes, without its list: three rules run this on every sentence, and most find nothing.
        var marks = context.Lexicons.MarksOf(lexicon);
        for (var i = marks.NextStart(0); i < tokens.Length;)
        {
            var length = marks.LongestMatchAt(i, out var entry);
            if (length > 0)
            {
                var match = new LexiconMatch(i, length, entry!);
                if (isFlagged(new LexiconUse(context, match)))
                {
                    context.ReportTokens(rule, match.Start, match.End);
                }
            }

            i = marks.NextStart(i + Math.Max(length, 1));
        }
    }
}

/// <summary>
/// A lexicon match in its sentence, as a rule's test reads it: the tokens at hand, and the sentence's semantics only
/// when the test asks for them (computed on the first request and kept by the document, so a test that has turned the
/// match down on its words alone never pays for them, and one that reads them costs nothing more the second time).
/// </summary>
internal readonly struct LexiconUse(SentenceAnalysisContext context, LexiconMatch match)
{
    public LexiconMatch Match { get; } = match;

    public ImmutableArray<Token> Tokens => context.Sentence.Tokens;

    public SentenceSemantics Semantics => context.Semantics;
}
