using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Sources;

/// <summary>
/// A judgement in the passive that no one holds, read by its grammar: a finite form of "be" (across adverbs), a
/// participle of judging (class-judgement-participles) and its complement, "as" or "to be"/"to have" ("Ohio and West
/// Virginia are all seen as key", "Kim, who is still believed to be proving himself"); a judgement that takes a bare
/// predicate (class-predicating-participles: "The movement is considered small"); a censure with no critic
/// (class-censure-participles: "The WHO has been criticized for", "Facebook was widely criticized"); and the reduced
/// relative after a noun or a comma ("a woman believed to be the first person", "the Citizenship Amendment Act (CAA),
/// seen as anti-Muslim"). impersonal-attributions.txt lists such frames one complement and one adverb at a time ("is
/// considered a", "is also believed to"); a frame outside the list was read as no source (guidelines 5: impersonal
/// passives with no named holder are unnamed sources).
/// </summary>
internal static class UnheldJudgements
{
    // How far back from the participle its "be" may stand, across adverbs ("has long been widely seen as").
    private const int MaxAdverbs = 3;

    // How far back from a reduced participle a relative word may open the clause whose subject stands before it.
    private const int MaxSubjectTokens = 6;

    // The participles as one lexicon: FirstParticiple asks only a token it marks, where it asked every token
    // (RuleLexicons.WordsOf; every entry ASCII, so the marks and the case-blind classes agree, StartWordGatesTests).
    private static readonly Lazy<Lexicon> ParticipleLexiconLazy = RuleLexicons.WordsOf(
        "judgement-participle-words", static () => [.. WordClasses.JudgementParticiples, .. WordClasses.CensureParticiples]);

    /// <summary>Every participle <see cref="FirstParticiple"/> looks for, a lexicon of one-word entries in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon ParticipleLexicon => ParticipleLexiconLazy.Value;

    /// <summary>The first token from 1 that may open the reading (a token the sentence's marks start at, no tags), or -1.</summary>
    public static int FirstParticiple(ImmutableArray<Token> tokens, SentenceLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var marks = lexicons.MarksOf(ParticipleLexicon);
        for (var i = marks.NextStart(1); i < tokens.Length; i = marks.NextStart(i + 1))
        {
            if (IsParticipleWord(tokens[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each unheld judgement's token span (the passive's "be" or the reduced participle, to the participle and
    /// an "as" after it), in the order of the sentence, from <paramref name="first"/> (<see cref="FirstParticiple"/>), so
    /// no token before it is looked up twice.</summary>
    public static IEnumerable<(int Start, int End)> In(ImmutableArray<Token> tokens, int first, SentenceGrammar grammar)
    {
        for (var i = first; i + 1 < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            // The tagger reads a participle after "be" as an adjective as often as a verb ("is considered/JJ small").
            if (!IsParticipleWord(word) || !(grammar.TagAt(i).IsVerb() || grammar.TagAt(i).IsAdjective()) || !TakesComplement(tokens, grammar, i))
            {
                continue;
            }

            var end = tokens[i + 1].Is("as") ? i + 2 : i + 1;
            if (PassiveBe(tokens, grammar, i) is { } be)
            {
                yield return (be, end);
            }
            // A reduced "considered" defines a class more often than it credits a view ("a country considered to be safe"
            // under a named law); a censure needs its "be".
            else if (!WordClasses.CensureParticiples.Contains(word) && !WordClasses.PredicatingParticiples.Contains(word)
                && IsReducedRelative(tokens, grammar, i))
            {
                yield return (i, end);
            }
        }
    }

    // FirstParticiple asks about every token of every sentence, and nearly none is a participle of judging or censure:
    // the filter says so from the word's ends and length, before the two case-blind sets hash and compare it (about 1%
    // of a plain-text lint's CPU, issue 11).
    private static readonly KeyFilter ParticipleWords = KeyFilter.ForIgnoreCase(
        [.. WordClasses.JudgementParticiples, .. WordClasses.CensureParticiples]);

    private static bool IsParticipleWord(string word) =>
        ParticipleWords.MayContain(word)
        && (WordClasses.JudgementParticiples.Contains(word) || WordClasses.CensureParticiples.Contains(word));

    // What a judgement needs after it: "as", or "to be"/"to have" ("seen as key", "believed to be"); "considered small"
    // takes a bare predicate too. Without one the participle is a plain passive ("The bill is being considered", "He
    // was seen leaving", "considered for a post"). A censure needs nothing after it, but its agent ("criticized by
    // Democrats") is its holder.
    private static bool TakesComplement(ImmutableArray<Token> tokens, SentenceGrammar grammar, int participle)
    {
        var next = tokens[participle + 1];
        if (WordClasses.CensureParticiples.Contains(tokens[participle].Text))
        {
            return !next.Is("by");
        }

        // "is considered as credible as any other" compares; it credits no one's view.
        if (next.Is("as"))
        {
            return !(participle + 3 < tokens.Length && tokens[participle + 3].Is("as")
                && (grammar.TagAt(participle + 2).IsAdjective() || grammar.TagAt(participle + 2).IsAdverb()));
        }

        // "to be", "to have": a state or a past credited to no one; "is seen to ask in the cartoon" is what one sees.
        if (next.Is("to"))
        {
            return participle + 2 < tokens.Length && tokens[participle + 2].Lower() is "be" or "have";
        }

        return WordClasses.PredicatingParticiples.Contains(tokens[participle].Text) && next.IsWord
            && (grammar.TagAt(participle + 1).IsAdjective() || grammar.TagAt(participle + 1) == PosTag.DT) && !next.Is("that");
    }

    // The finite "be" of the passive, across adverbs and a floating "all" ("are all seen as", "was widely criticized",
    // "is still believed to"), or "been" after "have" ("has been criticized"). Not a bare "be" ("should be considered",
    // "to be seen as", "could be seen as"): a modal's judgement is supposed or advised, not held by anyone now.
    private static int? PassiveBe(ImmutableArray<Token> tokens, SentenceGrammar grammar, int participle)
    {
        var index = participle - 1;
        while (index > 0 && participle - index <= MaxAdverbs
            && (grammar.TagAt(index).IsAdverb() || WordClasses.FloatingQuantifiers.Contains(tokens[index].Text)) && !tokens[index].Is("been"))
        {
            index--;
        }

        if (tokens[index].Is("been"))
        {
            // "would have been seen as", "should not have been considered": a modal's perfect supposes.
            for (var i = index - 1; i >= 0 && index - i <= 3; i--)
            {
                if (grammar.TagAt(i) == PosTag.MD)
                {
                    return null;
                }
            }

            // The perfect's "have" opens the passive ("has been criticized").
            return index > 0 && GrammarLexicons.Default.FormsOfHave.Contains(tokens[index - 1].Text) ? index - 1 : index;
        }

        return WordClasses.FiniteBeForms.Contains(tokens[index].Text) ? index : null;
    }

    // "a woman believed to be", "states seen as key", "the CAA, seen as anti-Muslim": the participle straight after a
    // noun or a comma modifies what stands before it; with no object between it and "to" or "as" it cannot be the noun's
    // active verb (the tagger's VBD in "a woman believed/VBD to be" is that misreading). Not a verb with its own subject
    // just before ("which Trump viewed as weak", "what he considered a betrayal"): no relative word or pronoun there.
    private static bool IsReducedRelative(ImmutableArray<Token> tokens, SentenceGrammar grammar, int participle)
    {
        if (grammar.TagAt(participle) is not (PosTag.VBN or PosTag.VBD) || !(tokens[participle + 1].Is("as") || tokens[participle + 1].Is("to")))
        {
            return false;
        }

        var before = participle - 1;
        if (tokens[before].Text == ",")
        {
            return true;
        }

        if (!grammar.TagAt(before).IsNoun())
        {
            return false;
        }

        // Back over the noun's phrase and its prepositional phrases ("action that everyone at the time regarded as"), to
        // the verb or punctuation before it.
        for (var i = before - 1; i >= 0 && before - i <= MaxSubjectTokens && tokens[i].IsWord && !grammar.TagAt(i).IsVerbOrModal(); i--)
        {
            if (WordClasses.RelativePronouns.Contains(tokens[i].Text) || grammar.TagAt(i) is PosTag.PRP || grammar.TagAt(i).IsWh())
            {
                return false;
            }
        }

        return true;
    }
}
