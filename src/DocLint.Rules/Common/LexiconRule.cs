using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Common;

/// <summary>
/// The loop every lexicon rule shares: match the lexicon over the sentence, keep the uses the rule accepts,
/// skip what is someone else's words (or, for a match the rule reads more closely, not the use it flags), and report
/// the matched words.
/// </summary>
internal static class LexiconRule
{
    public static void Report(
        SentenceAnalysisContext context,
        Lexicon lexicon,
        DiagnosticDescriptor rule,
        Func<ImmutableArray<Token>, LexiconMatch, bool> isAccepted,
        Func<SentenceSemantics, LexiconMatch, bool> isExempt)
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
                if (isAccepted(tokens, match) && !isExempt(context.Semantics, match))
                {
                    var span = TokenSpans.Of(tokens, match.Start, match.End);
                    context.Report(rule, span, context.Sentence.Block.Text.Substring(span.Start, span.Length));
                }
            }

            i = marks.NextStart(i + Math.Max(length, 1));
        }
    }
}
