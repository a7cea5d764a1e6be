using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Common;

/// <summary>
/// The loop every lexicon rule shares: match the lexicon over the sentence, keep the uses the rule accepts,
/// skip what is someone else's words, and report the matched words.
/// </summary>
internal static class LexiconRule
{
    public static void Report(
        SentenceAnalysisContext context,
        Lexicon lexicon,
        DiagnosticDescriptor rule,
        Func<ImmutableArray<Token>, LexiconMatch, bool> isAccepted,
        Func<SentenceSemantics, int, bool> isExempt)
    {
        var tokens = context.Sentence.Tokens;
        foreach (var match in context.Lexicons.Matches(lexicon))
        {
            if (!isAccepted(tokens, match) || isExempt(context.Semantics, match.Start))
            {
                continue;
            }

            var span = TokenSpans.Of(tokens, match.Start, match.End);
            context.Report(rule, span, context.Sentence.Block.Text.Substring(span.Start, span.Length));
        }
    }
}
