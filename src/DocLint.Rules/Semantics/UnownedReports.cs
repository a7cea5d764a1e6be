using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A report or rumour noun that no one owns and that carries a claim, read by its grammar (guidelines 5: "reports
/// suggest" is an unnamed source): a noun of class-hearsay-nouns, with nothing before it but lower-case adjectives, "a"
/// or "the", after a word that cannot own it (a verb, a preposition, "there were", the sentence's start), and a claim
/// after it (class-hearsay-carriers: "that" before a clause's subject, "of" + the event, "suggesting that"). "denied
/// reports that he had received", "amid reports of police violence", "the rumor that Republican operatives had a tape",
/// "stocks fell on rumors that the bank would fail". Not owned: an outlet, a name, a noun or a possessive before it ("NBC's report that",
/// "media reports that", "the Post reports that" is a verb anyway), a count or a determiner that counts, denies or
/// points back ("dozens of reports of", "no reports of", "these reports"), "of the" + a body after it ("the report of
/// the Intergovernmental Panel"). A weekday's possessive
/// owns nothing ("Friday's reports of his testimony"). Not a relative clause ("rumors that couldn't be proven": a verb
/// after "that") and not the verb ("to report that", "he reports that").
/// impersonal-attributions.txt listed frames of these nouns one preposition or verb at a time ("amid reports that");
/// this reading replaces them, and the figure cover (AttributionCover) and the claim rule
/// (SentenceSemantics.HasImpersonalAttribution) read it beside the list (SentenceSemantics.UnownedReportSpans). The
/// frames it does not read stay listed ("Then came a report that", "multiple reports that"); a listed frame at the same
/// words is reported once.
/// </summary>
internal static class UnownedReports
{
    // How many lower-case adjectives may stand between the owner's place and the noun ("unconfirmed recent reports").
    private const int MaxModifiers = 3;

    // The nouns MayStart holds, as one lexicon: the semantics' gate reads its marks where it asked every token
    // (RuleLexicons.WordsOf).
    private static readonly Lazy<Lexicon> StartWordsLazy = RuleLexicons.WordsOf("hearsay-noun-starts", static () => WordClasses.HearsayNouns);

    /// <summary>Every word <see cref="MayStart"/> is true for, a lexicon in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon StartWords => StartWordsLazy.Value;

    /// <summary>True for a word the reader starts at: a report or rumour noun.</summary>
    public static bool MayStart(Token token) => token.IsWord && WordClasses.HearsayNouns.Contains(token.Text);

    /// <summary>Whether any token of the sentence is one <see cref="MayStart"/> is true for, from its lexicon marks.</summary>
    public static bool AnyStart(SentenceLexicons lexicons) => lexicons.Any(StartWords);

    /// <summary>Each unowned report's token span, from its first adjective to the carrier word, in sentence order.</summary>
    public static IEnumerable<(int Start, int End)> In(ImmutableArray<Token> tokens, SentenceGrammar grammar)
    {
        for (var i = 0; i < tokens.Length - 2; i++)
        {
            if (!MayStart(tokens[i]) || grammar.TagAt(i).IsVerb() || !CarriesClaim(tokens, grammar, i + 1))
            {
                continue;
            }

            if (OwnerlessStart(tokens, grammar, i) is { } start)
            {
                yield return (start, i + 2);
            }
        }
    }

    // The carrier at `carrier` opens the noun's claim: "that" before a clause's subject, "of" before an event that is
    // no body, a participle of saying. A "by" after the claim is the event's agent as often as the report's ("reports
    // of poor organization by the Trump campaign"), so it is not read as an owner.
    private static bool CarriesClaim(ImmutableArray<Token> tokens, SentenceGrammar grammar, int carrier)
    {
        var word = tokens[carrier];
        if (!word.IsWord || !WordClasses.HearsayCarriers.Contains(word.Text))
        {
            return false;
        }

        var next = carrier + 1;
        if (word.Is("that"))
        {
            // "rumors that couldn't be proven", "rumors that confirm people's biases", "reports that, however": a verb,
            // an adverb or punctuation after "that" is no clause's subject. A preposition or a "when" opens a content
            // clause ("reports that in some instances officials assumed", "reports that when a Pinto was hit").
            var tag = grammar.TagAt(next);
            if (!tokens[next].IsWord || tag.IsVerbOrModal() || tag.IsAdverb() || tag == PosTag.TO || IsVerbReadAsNoun(tokens, grammar, next))
            {
                return false;
            }
        }
        else if (word.Is("of"))
        {
            // "the report of the Intergovernmental Panel", "a report of the committee": the body that wrote it.
            var head = tokens[next].Is("the") && next + 1 < tokens.Length ? next + 1 : next;
            if (head != next && (tokens[head].IsCapitalized || WordClasses.InstitutionNouns.Contains(tokens[head].Text)))
            {
                return false;
            }
        }

        return true;
    }

    // "reports that show not just …", "reports that support this accusation", "reports that point at …", "the report that
    // name him": a bare singular noun after "that" with no verb after it is the relative clause's verb the tagger read as
    // a noun; a subject has its verb or the rest of its noun next ("reports that violence erupted", "speculation that
    // technology companies are encoding").
    private static bool IsVerbReadAsNoun(ImmutableArray<Token> tokens, SentenceGrammar grammar, int word) =>
        grammar.TagAt(word) == PosTag.NN && !tokens[word].IsCapitalized && word + 1 < tokens.Length
        && !grammar.TagAt(word + 1).IsVerbOrModal() && !grammar.TagAt(word + 1).IsNoun();

    // The span's first token (the first adjective, or the noun), or null when something before the noun owns it,
    // counts it or makes it a verb.
    private static int? OwnerlessStart(ImmutableArray<Token> tokens, SentenceGrammar grammar, int noun)
    {
        var start = noun;
        var k = noun - 1;
        // A capital is a name's except on the sentence's first word ("Unconfirmed reports that").
        while (k >= 0 && noun - k <= MaxModifiers && tokens[k].IsWord && (k == 0 || !tokens[k].IsCapitalized) && IsModifier(tokens, grammar, k))
        {
            start = k--;
        }

        // "many reports of", "numerous rumors that": counted, as "dozens of reports" is; "false reports that", "other
        // reports of": untrue by the author's word, or reports described before (class-hearsay-discounting-modifiers).
        for (var m = start; m < noun; m++)
        {
            if (WordClasses.GroupQuantifiers.Contains(tokens[m].Text) || WordClasses.HearsayDiscountingModifiers.Contains(tokens[m].Text))
            {
                return null;
            }
        }

        var owner = k < 0 ? default : tokens[k];
        if (k >= 0 && (owner.Is("a") || owner.Is("an") || owner.Is("the")))
        {
            // "one of the reports", "dozens of the rumors": a part of counted reports; "all the rumors that admission gave
            // rise to": counted too; ", the rumor that …": an appositive that names again what the sentence described.
            return (k >= 1 && (tokens[k - 1].Is(",") || WordClasses.Determiners.Contains(tokens[k - 1].Text))) || (k >= 2 && tokens[k - 1].Is("of") && IsCount(tokens[k - 2], grammar.TagAt(k - 2))) ? null : start;
        }

        // A singular count noun stands after an article ("a report that", "the rumor that"); bare, it is the verb ("We
        // now report that", "analysts continually report that"). "speculation" is a mass noun and the plurals end in "s".
        if (!tokens[noun].Text.EndsWith('s') && WordClasses.HearsayCountNouns.Contains(tokens[noun].Text))
        {
            return null;
        }

        if (k < 0)
        {
            return start;
        }

        // "he now reports that", "the paper also reports that": past the adverbs, the word before is the verb's subject.
        while (k > 0 && grammar.TagAt(k).IsAdverb())
        {
            k--;
            owner = tokens[k];
        }

        if (Possessives.IsPossessive(owner, PossessiveOwners.AnyPerson))
        {
            // "Friday's reports of his testimony": a day owns nothing.
            return IsWeekdayPossessive(owner) ? k : null;
        }

        if (owner.Is("of"))
        {
            // "dozens of reports of abuse" counts them; "in the wake of reports that", "a denial of rumors that" does not.
            return k >= 1 && IsCount(tokens[k - 1], grammar.TagAt(k - 1)) ? null : start;
        }

        var tag = grammar.TagAt(k);
        if (owner.Kind != TokenKind.Word)
        {
            // A colon or a bracket opens a new phrase ("Rubio: Reports of …"). A quotation mark, a dash, a comma or a
            // semicolon is left out: the word after it is as often the verb of a subject before it ("Xinhua, an official
            // outlet, reports that", "The Times cannot say …; reports that Manafort …").
            return owner.Kind == TokenKind.Punctuation && (owner.Text is ":" or "(") ? start : null;
        }

        // A noun, a name (a capitalised first word too, unless a preposition: "Twitter reports that", "Amid reports
        // that"), a number, a pronoun, a determiner that counts, denies or points back, a relative word or a modal:
        // the reports are owned or counted, or the word is the verb ("Fox News reports that", "he reports that", "no
        // reports of", "which reports that"). After "to" a plural is a noun ("responded to reports that"); the verb
        // "to report that" is singular, which needs an article.
        if (tag.IsNoun() || (owner.IsCapitalized && (k > 0 || tag != PosTag.IN)) || tag is PosTag.CD or PosTag.PRP or PosTag.PRPS or PosTag.MD
            || tag.IsWh() || WordClasses.Determiners.Contains(owner.Text))
        {
            return null;
        }

        return start;
    }

    // An adjective or a participle before the noun ("unconfirmed reports", "amid growing speculation"); a participle only
    // first in the sentence or after "a", "the" or a preposition, since elsewhere it is a verb ("…, including reports").
    private static bool IsModifier(ImmutableArray<Token> tokens, SentenceGrammar grammar, int k)
    {
        var tag = grammar.TagAt(k);
        if (tag.IsAdjective())
        {
            return true;
        }

        // "amid growing speculation", "Unconfirmed reports that"; not "They must have seen reports of", "There had been
        // speculation that", where the participle is the verb group's.
        return tag is PosTag.VBG or PosTag.VBN
            && (k == 0 || tokens[k - 1].Is("a") || tokens[k - 1].Is("the") || grammar.TagAt(k - 1) == PosTag.IN);
    }

    private static bool IsCount(Token token, PosTag tag) => tag == PosTag.CD || WordClasses.GroupQuantifiers.Contains(token.Text);

    private static bool IsWeekdayPossessive(Token token) =>
        Possessives.EndsWithPossessive(token.Text) && WordClasses.Weekdays.Contains(token.Text[..^2]);
}
