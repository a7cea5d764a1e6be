using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// The hedge model's candidates in a sentence and their features: every match of the rule's lexicon, and every
/// other word of the model's cue vocabulary. The training tool (tools/cues --model) reads candidates through this
/// same code, so a feature cannot mean one thing when learned and another when linted.
/// </summary>
internal static class HedgeCandidateReader
{
    // How far back a negation or a "whether"/"if" reaches to govern a cue.
    private const int Window = 4;

    /// <param name="vocabulary">The model's cue words, compared ignoring case.</param>
    public static List<HedgeCandidate> Read(
        ImmutableArray<Token> tokens,
        SentenceGrammar grammar,
        IReadOnlyList<LexiconMatch> matches,
        Func<LexiconMatch, bool> isAcceptedByList,
        FrozenSet<string> newsEntries,
        FrozenSet<string> vocabulary,
        Func<int, bool> isOthersVoice)
    {
        var candidates = new List<HedgeCandidate>();
        var covered = new bool[tokens.Length];
        foreach (var match in matches)
        {
            for (var i = match.Start; i < match.End; i++)
            {
                covered[i] = true;
            }

            // How the hand-written list reads the match: a news hedge it accepts, or a genre-only cue. A use the list
            // rejects ("likely voters", "less likely to") is no candidate: that is grammar the genre's data cannot teach.
            var listed = newsEntries.Contains(match.Entry);
            if (listed && !isAcceptedByList(match))
            {
                continue;
            }

            var verdict = listed ? "yes" : "genre";
            candidates.Add(new HedgeCandidate(match.Start, match.End, match.Entry, Features(tokens, grammar, match.Start, match.End, match.Entry, verdict, isOthersVoice(match.Start))));
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (!covered[i] && tokens[i].IsWord && vocabulary.Contains(tokens[i].Text))
            {
                var cue = tokens[i].Lower();
                candidates.Add(new HedgeCandidate(i, i + 1, cue, Features(tokens, grammar, i, i + 1, cue, "none", isOthersVoice(i))));
            }
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    /// <summary>A crude stem ("suggests", "suggested", "suggesting" -> "suggest") so inflections share evidence.</summary>
    public static string Stem(string word)
    {
        var stem = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 4 ? word[..^1] : word;
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "e"])
        {
            if (stem.Length > suffix.Length + 3 && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                return stem[..^suffix.Length];
            }
        }

        return stem;
    }

    private static ImmutableArray<string> Features(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start, int end, string cue, string verdict, bool othersVoice)
    {
        var previous = start > 0 ? tokens[start - 1].Lower() : "<s>";
        var next = end < tokens.Length ? tokens[end].Lower() : "</s>";
        var tag = grammar.TagAt(start).ToPenn();
        var previousTag = start > 0 ? grammar.TagAt(start - 1).ToPenn() : "<s>";
        var nextTag = end < tokens.Length ? grammar.TagAt(end).ToPenn() : "</s>";
        var features = ImmutableArray.CreateBuilder<string>(16);
        features.Add("bias");
        features.Add("list=" + verdict);
        features.Add("cue=" + cue);
        features.Add("stem=" + (cue.Contains(' ', StringComparison.Ordinal) ? cue : Stem(cue)));
        features.Add("tag=" + tag);
        features.Add("cue|tag=" + cue + "|" + tag);
        features.Add("cue|next=" + cue + "|" + next);
        features.Add("prev|cue=" + previous + "|" + cue);
        features.Add("cue|nexttag=" + cue + "|" + nextTag);
        features.Add("prevtag|cue=" + previousTag + "|" + cue);
        features.Add("tag|nexttag=" + tag + "|" + nextTag);
        // Reported speech ("X suggested that…", "…(24), suggesting"): whether it counts is the genre's to learn.
        if (othersVoice)
        {
            features.Add("reported");
            features.Add("reported|list=" + verdict);
        }

        if (start == 0)
        {
            features.Add("first|cue=" + cue);
        }

        if (Before(tokens, start, Negators.IsNegator))
        {
            features.Add("negated|cue=" + cue);
        }

        if (Before(tokens, start, t => t.Is("whether") || t.Is("if")))
        {
            features.Add("whether|cue=" + cue);
        }

        if (Before(tokens, start, t => WordClasses.AuthorPronouns.Contains(t.Text)))
        {
            features.Add("author|cue=" + cue);
        }

        // The cue's verb group: "could have been suggested" (modal, perfect), "is thought" (passive), "to suggest".
        if (grammar.ChunkAt(start, ChunkKind.VerbGroup) is { } group)
        {
            var traits = group.Traits & (VerbTraits.Modal | VerbTraits.Perfect | VerbTraits.Passive | VerbTraits.Negated | VerbTraits.Infinitive);
            features.Add("verb|cue=" + cue + "|" + (int)traits);
        }

        if (tokens.Length > 0 && tokens[^1].Text == "?")
        {
            features.Add("question|cue=" + cue);
        }

        return features.ToImmutable();
    }

    // A token within a few words before the cue, not across a comma or other punctuation.
    private static bool Before(ImmutableArray<Token> tokens, int start, Func<Token, bool> test)
    {
        for (var i = start - 1; i >= Math.Max(0, start - Window); i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (test(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
