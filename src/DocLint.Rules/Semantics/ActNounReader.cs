using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Official acts named by a noun rather than a verb: a request, proposal, demand or bill owned by a named actor ("his
/// request to raise $580 billion", "Trump's demand for $5 billion", "Obama's $3.8 trillion budget") or a measure that
/// would act ("a resolution that would give the government 45 days"). A figure in the act's own phrase is its content,
/// sourced by the act as "the council approved $2 million" is (guidelines section 4). Only the act's phrase: the rest of
/// the sentence ("… triggered the shutdown affecting 800,000 federal workers") is the author's. The nouns are data in
/// rules/lexicons/class-act-nouns.txt.
/// </summary>
internal static class ActNounReader
{
    // Words between the owner and the act noun: "his [$580 billion] request", "Obama's [new budget] proposal".
    private const int MaxModifiers = 5;

    // How far after the act noun its complement can still hold the figure: "his request to raise $580 billion",
    // "reduced his proposal to $1.2 trillion from $1.4 trillion", not "… on Monday at a 45-minute meeting".
    private const int MaxComplementTokens = 10;

    /// <summary>True when the figure at <paramref name="figureStart"/> is in the phrase of an act noun with a named owner, or of a measure that would act.</summary>
    public static bool IsActContent(in SentenceInput input, int figureStart)
    {
        var tokens = input.Tokens;
        // "his $580 billion request": the figure modifies the act noun that follows it.
        for (var j = figureStart + 1; j < tokens.Length && j - figureStart <= MaxModifiers && !IsBreak(tokens[j]); j++)
        {
            if (IsActNounAt(input, j) && OwnerAt(input, j) is { } owner && owner < figureStart)
            {
                return true;
            }
        }

        // "his demand for $5 billion", "a resolution that would give the Assad government 45 days": the figure is in
        // the complement after the act noun, within its clause.
        for (var j = figureStart - 1; j >= 0 && figureStart - j <= MaxComplementTokens && !IsBreak(tokens[j]); j--)
        {
            if (IsActNounAt(input, j) && (IsMeasureThatWould(tokens, j) || (TakesComplement(tokens, j) && OwnerAt(input, j) is not null)))
            {
                return !HasFiniteVerbBetween(input, j + 1, figureStart);
            }
        }

        return false;
    }

    private static bool IsActNounAt(in SentenceInput input, int index)
    {
        var token = input.Tokens[index];
        return token.IsWord && !input.IsQuoted(index) && IsActNoun(token.Text);
    }

    // The singular of a plural is looked up in place: a substring per word was an allocation per token read.
    private static bool IsActNoun(string word) => WordClasses.ActNouns.ContainsNounOrPlural(word);

    // "request to raise", "proposal to $1.2 trillion", "demand for", "plan of", "proposal that": the noun opens the
    // phrase that says what the act is. "to" and a determiner is another verb's phrase: "pardons at his orders to a
    // total of 1,324" counts the orders' results.
    private static bool TakesComplement(ImmutableArray<Token> tokens, int noun)
    {
        if (noun + 1 >= tokens.Length)
        {
            return false;
        }

        var next = tokens[noun + 1].Lower();
        return next is "for" or "of" or "that" or "calling"
            || (next == "to" && noun + 2 < tokens.Length && !WordClasses.Determiners.Contains(tokens[noun + 2].Text));
    }

    // "his request", "Obama's proposal", "the president's budget", "the bill's": the owner is a possessive within a few
    // modifiers before the noun. A pronoun owner ("his", "whose": class-possessive-determiners.txt) is named as a pronoun
    // subject is ("he proposed"); a noun owner is classified as a subject would be ("the president" is an institution
    // the story has named), or is itself an act.
    // Returns the owner's token index, or null when the noun has no named owner.
    private static int? OwnerAt(in SentenceInput input, int noun)
    {
        var tokens = input.Tokens;
        for (var j = noun - 1; j >= 0 && noun - j <= MaxModifiers && !IsBreak(tokens[j]); j--)
        {
            var token = tokens[j];
            if (Possessives.IsDeterminer(token))
            {
                return j;
            }

            if (token.IsWord && Possessives.EndsWithPossessive(token.Text))
            {
                var owner = token.Text[..^2];
                var start = OwnerStart(tokens, j);
                return IsActNoun(owner) || IsNamedInstitution(tokens, j, owner)
                    || SourcePhraseClassifier.Classify(input, start, j + 1, quoted: false) == AttributionKind.Named
                    ? j
                    : null;
            }

            // Another determiner opens another noun phrase: "the cost of a plan" has no owner of "plan".
            if (WordClasses.Determiners.Contains(token.Text))
            {
                return null;
            }
        }

        return null;
    }

    // The owner phrase read back from its possessive: capitalised words, "of" and one opening "the" ("the University of
    // Minnesota's", "the president's").
    private static int OwnerStart(ImmutableArray<Token> tokens, int possessive)
    {
        var start = possessive;
        while (start > 0 && possessive - start < AttributionReader.MaxSourceTokens - 1)
        {
            var previous = tokens[start - 1];
            if (!previous.IsWord || !(previous.IsCapitalized || previous.Lower() is "of" or "the"))
            {
                break;
            }

            start--;
            if (previous.Lower() == "the")
            {
                break;
            }
        }

        return start;
    }

    // "the president's", "the agency's": with "the", an institution noun points at one the story has named, as the
    // classifier reads "the agency said" (the possessive ending keeps the classifier from seeing the noun).
    private static bool IsNamedInstitution(ImmutableArray<Token> tokens, int possessive, string owner) =>
        possessive > 0 && tokens[possessive - 1].Lower() == "the" && WordClasses.InstitutionNouns.Contains(owner);

    // A comma, semicolon, colon, dash or bracket ends the act's phrase: "his plan, which …", "his pledge—which aims …".
    private static bool IsBreak(Token token) => PhraseBreaks.EndsPhrase(token) || PhraseBreaks.IsBracket(token);

    // "a resolution that would give the government 45 days": what a measure that would act would do is its text's
    // content. Not a bare "the bill would add $1.5 trillion to the debt": that is someone's forecast of its effect.
    private static bool IsMeasureThatWould(ImmutableArray<Token> tokens, int noun) =>
        noun + 2 < tokens.Length
        && tokens[noun + 1].Lower() is "that" or "which"
        && tokens[noun + 2].Lower() is "would" or "will";

    // "Trump's demand for a wall triggered the shutdown that left 800,000 workers unpaid": a finite verb after the act's
    // phrase starts the author's own clause. The modal of "that would give" is not one; the tags are read only here,
    // once an act noun is found.
    private static bool HasFiniteVerbBetween(in SentenceInput input, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (input.LabelAt(i).Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP)
            {
                return true;
            }
        }

        return false;
    }
}
