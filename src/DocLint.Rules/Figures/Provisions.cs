using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure a named law, bill or plan sets out: "the 21st Century Cures Act has provided a billion dollars … to
/// states", "The CARES Act includes two types of loans for businesses employing 500 or fewer people", "the law
/// prohibits insurers from … charging older consumers more than … a 3-1 ratio". The guidelines make the content of a
/// named actor's official act (a law, order, proposal) sourced by it (section 4); the attribution reader reads acts
/// from verbs of people and bodies ("the council approved"), and here the document itself is the subject. The document
/// is named: capitalised ("the CARES Act"), owned ("Trump's travel ban") or pointed back to with "the" ("the law"). What
/// a document did in the world ("the law has cost $2 billion") has no provision verb (class-provision-verbs.txt) and
/// stays a figure, as does a forecast of its effect ("the bill would add $1.5 trillion to the debt").
/// </summary>
internal static class Provisions
{
    /// <summary>The most auxiliaries and adverbs between the document and its verb ("has already provided").</summary>
    private const int MaxAuxiliaries = 2;

    /// <summary>The most modifiers between a document's owner and the document ("Trump's travel ban").</summary>
    private const int MaxModifiers = 1;

    /// <summary>True when the figure at <paramref name="figureStart"/> is in the object of a named document's provision verb, with no break between.</summary>
    /// <paramref name="previous"/> is the sentence before, where a pronoun subject's document may be named.
    public static bool IsProvided(ImmutableArray<Token> tokens, int figureStart, ImmutableArray<Token> previous)
    {
        for (var verb = figureStart - 1; verb > 0; verb--)
        {
            var token = tokens[verb];
            // The object ends at any break: a comma, dash or bracket sets off an aside or another clause that the
            // author states ("The law gives migrants an easier path, except that Muslims - 14 percent of India's
            // population - are excluded").
            if (PhraseBreaks.EndsPhrase(token) || PhraseBreaks.IsBracket(token) || IsSpacedHyphen(tokens, verb))
            {
                return false;
            }

            // A provision word with no document before it may be a modifier inside the object ("would provide
            // direct payments of $1,200"): the document's verb is further back.
            if (token.IsWord && WordClasses.ProvisionVerbs.Contains(token.Text)
                && (HasNamedDocumentSubject(tokens, verb) || HasDocumentPronounSubject(tokens, verb, previous)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words between the opening preposition and the document ("Under existing federal law,").</summary>
    private const int MaxOpenerModifiers = 3;

    /// <summary>
    /// True when the sentence opens with a document's terms ("Under the new law, those who have resided for a period of
    /// 15 years … are now eligible", "Under current law, … counted under the 140,000 annual cap", "In the ordinance, the
    /// definition … includes … more than 10 rounds"): what follows the comma is what the law sets, its content as a
    /// provision verb's object is (guidelines section 4). The document noun must stand right before the comma, so "In the
    /// law office near the courthouse, dozens …" is not read; a semicolon ends the document's reach.
    /// </summary>
    public static bool IsUnderDocument(ImmutableArray<Token> tokens, int figureStart)
    {
        if (tokens.Length < 3 || !tokens[0].IsWord || !WordClasses.GoverningPrepositions.Contains(tokens[0].Text))
        {
            return false;
        }

        var comma = 1;
        while (comma < tokens.Length && comma <= MaxOpenerModifiers + 2 && tokens[comma].IsWord)
        {
            comma++;
        }

        if (comma >= figureStart || comma < 2 || tokens[comma].Text != ","
            || !WordClasses.ProvisionNouns.Contains(tokens[comma - 1].Text))
        {
            return false;
        }

        for (var index = comma + 1; index < figureStart; index++)
        {
            if (tokens[index].Text == ";")
            {
                return false;
            }
        }

        return true;
    }

    // " - " as a dash; a hyphen inside a word ("pre-existing") joins it.
    private static bool IsSpacedHyphen(ImmutableArray<Token> tokens, int index) =>
        tokens[index].Text == "-" && tokens[index - 1].Span.End < tokens[index].Span.Start;

    // "The CARES Act includes", "the law prohibits", "Trump's travel ban bars", "the 21st Century Cures Act has provided".
    private static bool HasNamedDocumentSubject(ImmutableArray<Token> tokens, int verb)
    {
        var noun = verb - 1;
        while (noun >= 0 && verb - noun <= MaxAuxiliaries && tokens[noun].IsWord && !WordClasses.ProvisionNouns.Contains(tokens[noun].Text)
            && IsAuxiliaryOrAdverb(tokens[noun]))
        {
            noun--;
        }

        if (noun < 0 || !tokens[noun].IsWord || !WordClasses.ProvisionNouns.Contains(tokens[noun].Text))
        {
            return false;
        }

        return IsNamed(tokens, noun);
    }

    // A capitalised document mid-sentence is a name ("Act", "Bill"); otherwise its determiner or owner names it.
    private static bool IsNamed(ImmutableArray<Token> tokens, int noun)
    {
        if (noun > 0 && tokens[noun].IsCapitalized)
        {
            return true;
        }

        for (var owner = noun - 1; owner >= 0 && noun - owner <= MaxModifiers + 1; owner--)
        {
            var token = tokens[owner];
            if (token.Is("the") || Semantics.Possessives.IsPossessive(token))
            {
                return true;
            }

            if (!token.IsWord || WordClasses.Determiners.Contains(token.Text))
            {
                return false;
            }
        }

        return false;
    }

    // "The bill would implement a second round of payments. It would provide $1,200 …": "it" stands for a document
    // named in this sentence before it or in the sentence before. A pronoun for anyone else ("The Pentagon says it will
    // give 5 million masks") has no document before it and stays a figure.
    private static bool HasDocumentPronounSubject(ImmutableArray<Token> tokens, int verb, ImmutableArray<Token> previous)
    {
        var subject = SubjectBefore(tokens, verb);
        if (subject < 0 || !WordClasses.ProvisionPronouns.Contains(tokens[subject].Text))
        {
            return false;
        }

        return NamesDocument(tokens, subject) || NamesDocument(previous, previous.Length);
    }

    // A provision noun named as a document ("the bill", "Republicans' proposal") among the tokens before end.
    private static bool NamesDocument(ImmutableArray<Token> tokens, int end)
    {
        for (var noun = 0; noun < end; noun++)
        {
            if (tokens[noun].IsWord && WordClasses.ProvisionNouns.Contains(tokens[noun].Text) && IsNamed(tokens, noun))
            {
                return true;
            }
        }

        return false;
    }

    // The subject's index: the word before the verb once its auxiliaries and adverbs are passed over.
    // Not SourceReadingClauses.SubjectHeadBefore: that passes negation and do-support without limit; this passes tense and modal words ("would", "still"), two at most, and wants a word.
    private static int SubjectBefore(ImmutableArray<Token> tokens, int verb)
    {
        var subject = verb - 1;
        while (subject >= 0 && verb - subject <= MaxAuxiliaries && tokens[subject].IsWord && IsAuxiliaryOrAdverb(tokens[subject]))
        {
            subject--;
        }

        return subject >= 0 && tokens[subject].IsWord ? subject : -1;
    }

    // "has", "would", "also", "already": what stands between a subject and its verb (class-provision-auxiliaries.txt).
    private static bool IsAuxiliaryOrAdverb(Token token) => WordClasses.ProvisionAuxiliaries.Contains(token.Text);
}
