using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Sources;

/// <summary>
/// A telling or saying held by no one, with adverbs inside the passive, read by its grammar: the writer's pronoun
/// (class-author-pronouns) or its contraction, a form of "be" or "have been", one or two adverbs (before "been", after
/// it, or both), and "told" ("We are breathlessly told", "I have often been told", "we're often told", "I've long been
/// told"); or "it", the same verb group and a participle of saying or believing before "that"
/// (class-impersonal-participles: "It is even said that", "it has long been rumoured that"). impersonal-attributions.txt
/// lists the bare frames ("we are told", "it is said") one form at a time, which the figure and claim rules read too; an
/// adverb inside took the frame out of the list and the claim was read as the writer's own (guidelines 5: "we are told"
/// is an unnamed source). Not "told by" (a named or vague agent is the agent readings'), not others told to act ("They
/// were repeatedly told to leave": only the author's pronouns), and not a negated telling (class-negations: "I was not
/// told her name"). An outlet told by no one ("Fox News is told that") is read as the writer's pronoun is (OutletTold).
/// </summary>
internal static class UnheldTellings
{
    // How many adverbs may stand in the verb group ("are constantly and breathlessly" is past the reading).
    private const int MaxAdverbs = 2;

    // The words MayStart holds, as one lexicon: the analyzer's gate reads its marks where it asked every token
    // (RuleLexicons.WordsOf).
    private static readonly Lazy<Lexicon> StartWordsLazy = RuleLexicons.WordsOf("unheld-telling-starts", static () => ["told", .. WordClasses.ImpersonalParticiples]);

    /// <summary>Every word <see cref="MayStart"/> is true for, a lexicon in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon StartWords => StartWordsLazy.Value;

    /// <summary>True for a word the reader starts at: "told", or a participle of saying or believing.</summary>
    public static bool MayStart(Token token) => token.Is("told") || WordClasses.ImpersonalParticiples.Contains(token.Text);

    /// <summary>Whether any token of the sentence is one <see cref="MayStart"/> is true for, from its lexicon marks.</summary>
    public static bool AnyStart(SentenceLexicons lexicons) => lexicons.Any(StartWords);

    /// <summary>Each frame's token span, from the pronoun to the participle, in the order of the sentence; only frames with
    /// at least one adverb inside (the bare frames are the lexicon's).</summary>
    public static IEnumerable<(int Start, int End)> In(ImmutableArray<Token> tokens, SentenceGrammar grammar)
    {
        for (var i = 2; i < tokens.Length; i++)
        {
            var told = tokens[i].Is("told");
            // "told by …" has its agent; "it is said" needs its "that" clause ("it was said to the committee" is speech
            // addressed to someone, "it was reported in the press" a report of something).
            if (told ? tokens.At(i + 1)?.Is("by") == true
                : !(WordClasses.ImpersonalParticiples.Contains(tokens[i].Text) && tokens.At(i + 1)?.Is("that") == true))
            {
                continue;
            }

            if (SubjectOf(tokens, grammar, i) is { } subject && (told ? IsAuthor(tokens[subject]) : FunctionWords.Is(tokens[subject], "it")))
            {
                yield return (subject, i + 1);
            }
            else if (told && OutletTold(tokens, i) is { } outlet)
            {
                yield return (outlet, i + 1);
            }
        }
    }

    // The index of the pronoun (or its contraction) that the verb group before the participle at `participle` links to,
    // or null when the group is no adverbed, unnegated "be" or "have been".
    private static int? SubjectOf(ImmutableArray<Token> tokens, SentenceGrammar grammar, int participle)
    {
        var adverbs = 0;
        var index = SkipAdverbs(tokens, grammar, participle - 1, ref adverbs);
        if (index < 1 || adverbs < 0)
        {
            return null;
        }

        if (tokens[index].Is("been"))
        {
            index = SkipAdverbs(tokens, grammar, index - 1, ref adverbs);
            if (index < 0 || adverbs <= 0)
            {
                return null;
            }

            // "we have (often) been", "I've been", "we’ve long been".
            if (IsContraction(tokens[index], "ve"))
            {
                return index;
            }

            if (IsClitic(tokens[index], "ve"))
            {
                return index - 1;
            }

            return index >= 1 && GrammarLexicons.Default.FormsOfHave.Contains(tokens[index].Text) ? index - 1 : null;
        }

        if (adverbs <= 0)
        {
            return null;
        }

        // "we are", "I was", "I am", "we're", "I'm".
        if (IsContraction(tokens[index], "re") || IsContraction(tokens[index], "m"))
        {
            return index;
        }

        if (IsClitic(tokens[index], "re") || IsClitic(tokens[index], "m"))
        {
            return index - 1;
        }

        return WordClasses.FiniteBeForms.Contains(tokens[index].Text) || tokens[index].Is("am") ? index - 1 : null;
    }

    // How many words an outlet's name may have before its "is told" ("The Wall Street Journal").
    private const int MaxOutletWords = 4;

    // "Fox News is told that", "CNN was told the talks had stalled", "Axios has been told": the outlet that writes the
    // story is told by no one it names, as the writer's "we are told" is (guidelines 5). The outlet (grammar-outlets.txt)
    // stands straight before the bare "is"/"was" or "has been"; "told to" is an order given to the outlet, and "told by"
    // has its agent (left out above). The start of the outlet's name, or null.
    private static int? OutletTold(ImmutableArray<Token> tokens, int told)
    {
        if (tokens.At(told + 1)?.Is("to") == true)
        {
            return null;
        }

        // The outlet ends where its verb group starts: "is"/"was", or the "has"/"have" of "has been".
        var be = told - 1;
        var end = tokens[be].Is("been") && be >= 2 && GrammarLexicons.Default.FormsOfHave.Contains(tokens[be - 1].Text) ? be - 1
            : tokens[be].Is("is") || tokens[be].Is("was") ? be : -1;
        // An outlet's name is capitalised where it stands ("time was told" is no magazine).
        if (end < 1 || !tokens[end - 1].IsCapitalized)
        {
            return null;
        }

        for (var start = end - 1; start >= 0 && end - start <= MaxOutletWords; start--)
        {
            if (GrammarLexicons.Default.Outlets.LongestMatchAt(tokens, start, out _) == end - start)
            {
                return start;
            }
        }

        return null;
    }

    // Walks back over adverbs from `index` and returns the first word that is not one; `adverbs` counts them, and is set
    // to -1 when one is a negation or there are too many.
    private static int SkipAdverbs(ImmutableArray<Token> tokens, SentenceGrammar grammar, int index, ref int adverbs)
    {
        while (index > 0 && IsAdverb(tokens[index], grammar.TagAt(index)))
        {
            if (WordClasses.Negations.Contains(tokens[index].Text) || ++adverbs > MaxAdverbs)
            {
                adverbs = -1;
                return index;
            }

            index--;
        }

        return index;
    }

    // An adverb by its tag, or a verb group's adverb the tagger may read otherwise ("has long been", "was once"):
    // class-verb-fillers without its auxiliaries and modals.
    private static bool IsAdverb(Token token, PosTag tag) =>
        !token.Is("been") && (tag.IsAdverb()
            || (WordClasses.VerbFillers.Contains(token.Text) && !GrammarLexicons.Default.FormsOfHave.Contains(token.Text)
                && !WordClasses.IsUnrealisedOrSupposingModal(token.Text) && !(token.Is("do") || token.Is("does") || token.Is("did"))));

    // "we 're", "I ’m": the auxiliary split from its pronoun. A word's typographic apostrophe is already straight in its
    // text (the tokenizer folds it), so one apostrophe is tested.
    private static bool IsClitic(Token token, string auxiliary)
    {
        var text = token.Text;
        return text.Length == auxiliary.Length + 1 && text[0] == '\'' && text.AsSpan(1).Equals(auxiliary, StringComparison.OrdinalIgnoreCase);
    }

    // A pronoun with its auxiliary in one token: "we're", "I’m", "we've" (either apostrophe, folded straight as above).
    private static bool IsContraction(Token token, string auxiliary)
    {
        var text = token.Text;
        var apostrophe = text.IndexOf('\'');
        return apostrophe > 0 && text.AsSpan(apostrophe + 1).Equals(auxiliary, StringComparison.OrdinalIgnoreCase)
            && WordClasses.AuthorPronouns.Contains(text[..apostrophe]);
    }

    private static bool IsAuthor(Token token) =>
        WordClasses.AuthorPronouns.Contains(token.Text) || IsContraction(token, "re") || IsContraction(token, "m") || IsContraction(token, "ve");
}
