using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// News: "Attorneys … condemned the court's action and said some current troops could face discharge", "Russia, a
/// longtime ally of Syrian President Bashar al-Assad, said the EU's inability to renew the arms embargo could
/// jeopardize", "the media never believed Donald Trump could be elected", "They allege the document could even lead":
/// a reporting verb whose clause opens without "that" on a noun-phrase subject (or a subject pronoun, "argued they
/// could") and runs to the subject's first finite verb or modal. The clause is the speaker's, as after "said that"
/// (<see cref="ReportedSpeechReader"/>, which reads such a clause only after "said", "say", "says" and a pronoun).
/// The hedge rules ask this reader; the source and claim rules read reported speech as they did.
/// </summary>
/// <remarks>
/// The subject may hold prepositional phrases, possessives, quoted names and an infinitive ("the EU's inability to
/// renew the arms embargo"); it ends the reading at punctuation other than a quotation mark ("Tom Insel, …, thinks
/// this approach—if proved …—could" is missed), at a relative word ("the claim that could …" is a relative clause of
/// the verb's object), at a subordinator or "as"/"than", at a bare verb not after "to" and at "to be", and past twelve
/// words; a participle without "have" is no reporting verb, and a time noun after the verb no subject ("The steps
/// announced today are likely"); the token must be the clause's first
/// finite verb or stand at most two words past it. An object pronoun ("told him", "warned them") is an addressee, not
/// a subject. The verb gate is ReportedSpeechReader's (no evidence verb: "data suggest"; no "I", "we" or "it" straight
/// before the verb), and the author's own thought stays the author's: a first-person subject within three words ("I
/// don't think PolitiFact is likely") or an infinitive ("it's natural to think he might").
/// </remarks>
internal static class UnmarkedReports
{
    // How many words a zero-"that" clause's subject may run to before its verb: "the EU's inability to renew the arms
    // embargo" is eight.
    private const int MaxSubjectWords = 12;

    // How far past the clause's first finite verb the token may stand: the verb itself ("could"), or its verb group's
    // adverb or complement ("was likely", "will likely", "could not possibly"). Farther on, the whole-corpus sample
    // found the clause had ended without a mark ("say the outbreak is a major threat … and the most likely to say").
    private const int MaxPastVerb = 2;

    // "experts had begun to warn the burning of coal could", "started to argue the plan might": the infinitive after a verb
    // of beginning or going on (class-aspectual-verbs) is the subject's own report, unlike "it's natural to think he
    // might", whose "to" follows an adjective and leaves the thought the author's.
    private static bool IsAspectualInfinitive(ImmutableArray<Token> tokens, int verb) =>
        verb >= 2 && WordClasses.AspectualVerbs.Contains(tokens[verb - 2].Text);

    /// <summary>True when the token stands in a clause a reporting verb opens without "that".</summary>
    public static bool Holds(in SentenceInput input, int tokenIndex)
    {
        var tokens = input.Tokens;
        for (var verb = tokenIndex - 2; verb >= 1; verb--)
        {
            // Punctuation between the verb and the token ends the reading: an aside, a new clause or a list
            // ("…, in his case, perhaps, paranoia", "think Trump wanted … -- since that is the thing you could possibly do").
            if (tokens[verb + 1].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            // The reporting-verb gate comes first: its lexicon look-up turns nearly every word away before the walk over
            // a subject (up to twelve words) is made for it.
            if (!input.IsQuoted(verb) && (!tokens[verb - 1].Is("to") || IsAspectualInfinitive(tokens, verb)) && ReportedSpeechReader.IsSpeakersVerbAt(input, verb, tokenIndex)
                && !ReportedSpeechReader.IsAuthorsOwn(tokens, verb) && !IsModifyingParticiple(input, verb)
                && FiniteVerbAfterSubject(input, verb + 1, tokenIndex) is { } finite && finite <= tokenIndex && tokenIndex - finite <= MaxPastVerb)
            {
                return true;
            }
        }

        return false;
    }

    // "The steps announced today are likely": a participle without "have" modifies the noun before it, and the finite
    // verb after it is the main clause's ("has said the plan could" keeps its report).
    // Holds asks only from the sentence's second word, so a word stands before the verb.
    private static bool IsModifyingParticiple(in SentenceInput input, int verb) =>
        input.Grammar.TagAt(verb) == PosTag.VBN && !GrammarLexicons.Default.FormsOfHave.Contains(input.Tokens[verb - 1].Text);

    // The index of the clause's first finite verb or modal after a subject that starts at `start`, or null when what
    // follows the verb is no subject and its verb.
    private static int? FiniteVerbAfterSubject(in SentenceInput input, int start, int tokenIndex)
    {
        var tokens = input.Tokens;
        var grammar = input.Grammar;
        var first = tokens[start];
        if (!first.IsWord || WordClasses.RelativePronouns.Contains(first.Text)
            || grammar.TagAt(start) == PosTag.PRP && WordClasses.ObjectPronouns.Contains(first.Text)
            || grammar.TagAt(start) is not (PosTag.DT or PosTag.PDT or PosTag.CD or PosTag.PRP or PosTag.PRPS or PosTag.JJ or PosTag.JJS
                or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS))
        {
            return null;
        }

        // "The steps announced today are likely": a time noun after the verb ("today", a weekday or a month) is an
        // adverbial, not a subject, and the tagger may read the participle as a past verb.
        if (grammar.TagAt(start).IsNoun() && ReportedSpeechReader.OpensSpeechAdverbial(first))
        {
            return null;
        }

        for (var j = start + 1; j <= tokenIndex && j <= start + MaxSubjectWords; j++)
        {
            var tag = grammar.TagAt(j);
            if (tag.IsFiniteVerb())
            {
                return j;
            }

            if (tokens[j].Kind == TokenKind.Quote)
            {
                continue;
            }

            // A subordinator or comparison ("maintain some space between siblings if things tend to", "a different story
            // than Democrats now seem to") opens another clause, and "believes good government to be an impossibility is
            // unlikely" makes the verb's object the subject of a "to be" complement: the finite verb after either is not
            // the reported clause's.
            if (!TokenSpans.IsWord(tokens[j]) && tokens[j].Kind != TokenKind.Number || WordClasses.RelativePronouns.Contains(tokens[j].Text)
                || GrammarLexicons.Default.Subordinators.Contains(tokens[j].Text) || WordClasses.ComparisonOpeners.Contains(tokens[j].Text)
                || tag.IsWh() || tag == PosTag.VB && (grammar.TagAt(j - 1) != PosTag.TO || tokens[j].Is("be")))
            {
                return null;
            }
        }

        return null;
    }
}
