using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A person named again by role: news introduces a source once ("Jane Roe, a Republican strategist", "a veteran
/// Democratic strategist") and then calls them "the strategist". A later definite "the [modifiers] role" (or "this role") is anaphoric
/// and refers to the nearest earlier mention with the same head noun (class-role-nouns.txt), so it is as anonymous as
/// that introduction was: named when a name stood beside it ("Name, a role", "role Name", "Name, the role"), unnamed
/// when it came with "a", "an", "one" or "another" and no name. Read once per document in one pass over its sentences;
/// a definite role with no earlier mention of its head resolves to nothing and is left to the sentence's own reading.
/// </summary>
internal sealed class RoleMentions
{
    /// <summary>How many modifiers may stand between the determiner and the role ("the veteran Democratic strategist").</summary>
    private const int MaxModifiers = 4;

    // The three head classes Read asks of every token, as one lexicon: the loops visit only the tokens it marks, where
    // they asked two or three classes of every token (RuleLexicons.WordsOf; every entry ASCII, RoleMentionsTests).
    private static readonly Lazy<Lexicon> HeadWordsLazy = RuleLexicons.WordsOf("role-head-words", static () => HeadClasses.SelectMany(static c => c));

    /// <summary>The word classes Read asks of every token, for the lexicon of their words and its tests.</summary>
    internal static IReadOnlyList<WordClass> HeadClasses => [WordClasses.PluralSourceHeads, WordClasses.RoleNouns, WordClasses.UnintroducedSourceHeads];

    /// <summary>Every word of <see cref="HeadClasses"/>, a lexicon of one-word entries in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon HeadWords => HeadWordsLazy.Value;

    private readonly Dictionary<Sentence, ImmutableArray<RoleAnaphor>> _anaphors;

    private RoleMentions(Dictionary<Sentence, ImmutableArray<RoleAnaphor>> anaphors) => _anaphors = anaphors;

    /// <summary>The resolved definite roles of a sentence, in order; empty for most sentences.</summary>
    public ImmutableArray<RoleAnaphor> In(Sentence sentence) => _anaphors.GetValueOrDefault(sentence, []);

    public static RoleMentions Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreateForDocument(static d => Read(d)) ?? new RoleMentions([]);
    }

    /// <summary>Reads the sentences in document order: each introduction sets what its head noun refers to from then on.</summary>
    internal static RoleMentions Read(AnalyzedDocument document)
    {
        // Head noun (case-insensitive) -> whether its latest introduction carried a name.
        var named = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        // Anonymous-source heads met in earlier sentences in any role ("people who searched"): such a head named again is
        // no unintroduced source.
        var mentioned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var anaphors = new Dictionary<Sentence, ImmutableArray<RoleAnaphor>>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in document.Sentences)
        {
            ImmutableArray<RoleAnaphor>.Builder? found = null;
            var tokens = sentence.Tokens;
            // Both loops read only a token one of the head classes holds, which the marks start at: the classes are ASCII
            // words compared case-blind, and no character outside ASCII equals an ASCII letter so (StartWordGatesTests).
            var marks = RuleLexiconSet.Of(document, sentence).MarksOf(HeadWords);
            for (var head = marks.NextStart(0); head < tokens.Length; head = marks.NextStart(head + 1))
            {
                if (WordClasses.PluralSourceHeads.Contains(tokens[head].Text))
                {
                    ReadPlural(sentence, head, named, mentioned, ref found);
                    continue;
                }

                if (head == 0)
                {
                    continue;
                }

                // A role before another modifies it ("a Republican strategist"): the second is the head. A capitalised role
                // inside the sentence is a party word or a title: an adjective ("a Republican push", "a Republican
                // President") or a named person's epithet ("the Kansas Republican said", "as the Professor explains").
                if (!tokens[head].IsWord || tokens[head].IsCapitalized || !WordClasses.RoleNouns.Contains(tokens[head].Text) || sentence.IsQuoted(tokens[head].Span)
                    || (head + 1 < tokens.Length && WordClasses.RoleNouns.Contains(tokens[head + 1].Text)))
                {
                    continue;
                }

                // A capitalised "The" inside a sentence opens a title ("according to The Advocate"), not a role.
                var determiner = DeterminerBefore(tokens, head);
                if (determiner > 0 && tokens[determiner].IsCapitalized)
                {
                    continue;
                }

                if (determiner < 0)
                {
                    // "Republican strategist Jane Roe": a bare role before a name introduces a named person.
                    if (HasNameAfter(tokens, head))
                    {
                        named[tokens[head].Text] = true;
                    }

                    continue;
                }

                var withName = HasNameAfter(tokens, head) || HasNameBefore(tokens, determiner, head);
                if (IsAnaphoricDeterminer(tokens[determiner]) && !withName)
                {
                    // "the official said, speaking on condition of anonymity" keeps the person anonymous from here on.
                    if (AnonymityReader.IsAnonymous(sentence))
                    {
                        named[tokens[head].Text] = false;
                    }
                    else if (named.TryGetValue(tokens[head].Text, out var isNamed))
                    {
                        (found ??= ImmutableArray.CreateBuilder<RoleAnaphor>()).Add(new RoleAnaphor(determiner, head + 1, isNamed));
                    }
                    else if (!mentioned.Contains(tokens[head].Text) && IsUnintroducedSource(tokens, determiner, head))
                    {
                        (found ??= ImmutableArray.CreateBuilder<RoleAnaphor>()).Add(new RoleAnaphor(determiner, head + 1, false));
                    }
                }
                else if (withName || WordClasses.IndefiniteOpeners.Contains(tokens[determiner].Text))
                {
                    named[tokens[head].Text] = withName;
                }
            }

            if (found is not null)
            {
                anaphors[sentence] = found.ToImmutable();
            }

            // A head read here as a back-reference is no other role's mention: counted, it would leave the next "this person
            // said" unread in the document while the window view, seeing that one alone, reads it (rev34).
            for (var i = marks.NextStart(0); i < tokens.Length; i = marks.NextStart(i + 1))
            {
                if (WordClasses.UnintroducedSourceHeads.Contains(tokens[i].Text) && !EndsAnaphor(found, i))
                {
                    mentioned.Add(tokens[i].Text);
                }
            }
        }

        return new RoleMentions(anaphors);
    }

    private static bool EndsAnaphor(ImmutableArray<RoleAnaphor>.Builder? found, int head)
    {
        if (found is not null)
        {
            foreach (var anaphor in found)
            {
                if (anaphor.End == head + 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Plural sources (class-plural-source-heads: "people", "officials", "sources") are introduced bare, with no article:
    // "people familiar with the matter said", "two U.S. officials said", "according to U.S. officials". A later "the
    // [modifiers] people" or "these officials" names that group again and is as anonymous as it was (backref29: fresh29
    // DOaOjOiAAjaJCP33#s008 "…, the people said.", ZJoWhNko3gdkvfjA#s021 "The U.S. officials said"). Only an introduction
    // that is a source counts (a qualifier, a verb of saying, "according to"), so "people who searched" introduces no one;
    // a plural is never named, so only unnamed anaphors are made.
    private static void ReadPlural(
        Sentence sentence, int head, Dictionary<string, bool> named, HashSet<string> mentioned, ref ImmutableArray<RoleAnaphor>.Builder? found)
    {
        var tokens = sentence.Tokens;
        var key = tokens[head].Text;
        if (!tokens[head].IsWord || (head > 0 && tokens[head].IsCapitalized) || sentence.IsQuoted(tokens[head].Span))
        {
            return;
        }

        var determiner = PluralDeterminerBefore(tokens, head);
        if (determiner >= 0)
        {
            // "according to The Hill's sources": a capitalised "The" inside a sentence opens a title.
            if (determiner > 0 && tokens[determiner].IsCapitalized)
            {
                return;
            }

            if (named.TryGetValue(key, out var isNamed) && !isNamed)
            {
                (found ??= ImmutableArray.CreateBuilder<RoleAnaphor>()).Add(new RoleAnaphor(determiner, head + 1, false));
            }
            else if (AnonymityReader.IsAnonymous(sentence))
            {
                named[key] = false;
            }
            else if (!named.ContainsKey(key) && !mentioned.Contains(key) && IsUnintroducedSource(tokens, determiner, head))
            {
                (found ??= ImmutableArray.CreateBuilder<RoleAnaphor>()).Add(new RoleAnaphor(determiner, head + 1, false));
            }

            return;
        }

        if (IsPluralSource(tokens, head))
        {
            named[key] = false;
        }
    }

    // "the", "these" or "those" before the plural over at most MaxModifiers words ("the two U.S. officials"); -1 when
    // none stands there or a punctuation mark comes first.
    // Not DeterminerBefore: a plural takes "these"/"those" but no "a", walks over "U.S." and stops at any other determiner.
    private static int PluralDeterminerBefore(ImmutableArray<Token> tokens, int head)
    {
        for (var i = head - 1; i >= 0 && head - i <= MaxModifiers + 1; i--)
        {
            var token = tokens[i];
            if (token.Is("the") || token.Is("these") || token.Is("those"))
            {
                return i;
            }

            if (!IsModifier(token) || WordClasses.Determiners.Contains(token.Text))
            {
                return -1;
            }
        }

        return -1;
    }

    // A bare plural that is a source where it stands: a qualifier after it ("people familiar with", "officials briefed
    // on"), a verb of saying after it ("officials said"), or, before its modifiers, "according to" or an inverted verb of
    // saying after a comma or a quotation (", said two U.S. officials").
    private static bool IsPluralSource(ImmutableArray<Token> tokens, int head)
    {
        if (head + 1 < tokens.Length
            && (WordClasses.SourceQualifierPhrases.LongestMatchAt(tokens.AsSpan(), head + 1, out _) > 0 || ReportingVerbReader.IsSpeechVerbAt(tokens, head + 1)))
        {
            return true;
        }

        for (var i = head - 1; i >= 0 && head - i <= MaxModifiers + 1; i--)
        {
            if (AttributionReader.FollowsAccordingTo(tokens, i + 1))
            {
                return true;
            }

            if (ReportingVerbReader.IsSpeechVerbAt(tokens, i))
            {
                return i == 0 || !tokens[i - 1].IsWord;
            }

            if (!IsModifier(tokens[i]))
            {
                return false;
            }
        }

        return false;
    }

    // "the person said", "the Pakistani official added", "The U.S. officials said" with no introduction of the head in the
    // document: the window the reader sees left it out, or it is a form the reader does not take for one. News names an
    // anonymous speaker again this way (class-unintroduced-source-heads: pool and fresh14-33 label the form 64 times,
    // leave it 6), so it is read as the anonymous source it nearly always is, not as no source at all. An owner among the
    // modifiers makes the speaker that owner's ("The Pentagon's spokesman", "the company's officials"): not read. The
    // phrase must open its clause (the sentence's start, punctuation, an inverted verb of saying, "according to", "one
    // of"): after another word the determiner belongs to a longer phrase ("during the pandemic many police officials",
    // "at the US-Mexico border after officials said", "when the person said" of a caller named next). A lower-case plural
    // among the modifiers is a noun of its own ("The stories people told"); an "-ous" adjective is not ("the anonymous
    // official", "the various officials").
    private static bool IsUnintroducedSource(ImmutableArray<Token> tokens, int determiner, int head)
    {
        if (!WordClasses.UnintroducedSourceHeads.Contains(tokens[head].Text) || !OpensClause(tokens, determiner))
        {
            return false;
        }

        for (var i = determiner + 1; i < head; i++)
        {
            var text = tokens[i].Text;
            if (Possessives.EndsWithPossessive(text) || (tokens[i].IsWord && !tokens[i].IsCapitalized && text.EndsWith('s') && !text.EndsWith("ous", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensClause(ImmutableArray<Token> tokens, int determiner)
    {
        if (determiner == 0 || !tokens[determiner - 1].IsWord || tokens[determiner - 1].Is("of"))
        {
            return true;
        }

        return ReportingVerbReader.IsSpeechVerbAt(tokens, determiner - 1) || AttributionReader.FollowsAccordingTo(tokens, determiner);
    }

    // A word, or an abbreviation that keeps its period ("the U.S. officials": the tokenizer makes "U.S." no word).
    private static bool IsModifier(Token token) => token.IsWord || token.Kind == TokenKind.Abbreviation;

    // The determiner that opens the role's noun phrase, over at most MaxModifiers words ("a senior Pakistani official");
    // -1 when the phrase has none the reader knows, or a punctuation mark comes first.
    private static int DeterminerBefore(ImmutableArray<Token> tokens, int head)
    {
        for (var i = head - 1; i >= 0 && head - i <= MaxModifiers + 1; i--)
        {
            var token = tokens[i];
            if (IsAnaphoricDeterminer(token) || WordClasses.IndefiniteOpeners.Contains(token.Text))
            {
                return i;
            }

            if (!token.IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    // "the strategist", and "this person" ("…, this person said", "according to this person"), which points back to the
    // person just introduced as plainly as "the" does (sources35, pool VJWwFaW8SvCG0gvv#s012, uA7kpYkx0xkjQyFr#s002).
    private static bool IsAnaphoricDeterminer(Token token) => token.Is("the") || token.Is("this");

    // "strategist Jane Roe", "the official, Razan Hiddo,": a name of two capitalised words straight after the role, or
    // after its comma when a comma or the sentence's end closes it. A capitalised word alone after a comma begins the
    // next clause as often as it names ("According to a well-informed source, Trump called", "one source, Lachlan
    // Murdoch's wife").
    private static bool HasNameAfter(ImmutableArray<Token> tokens, int head)
    {
        if (head + 1 < tokens.Length && tokens[head + 1].Text == ",")
        {
            return IsFullName(tokens, head + 2)
                && (head + 4 >= tokens.Length || tokens[head + 4].Text is "," or ".");
        }

        return IsFullName(tokens, head + 1);
    }

    // "Jane Roe, a Republican strategist": a two-word name and a comma before the determiner. One capitalised word there
    // is as often a place or an opener ("in Atlanta, a source with direct knowledge", "However, a senior official"), and a
    // role its speech verb follows is that verb's subject, not an appositive ("… in Afghanistan, the Pakistani official added").
    private static bool HasNameBefore(ImmutableArray<Token> tokens, int determiner, int head) =>
        determiner >= 3 && tokens[determiner - 1].Text == "," && IsFullName(tokens, determiner - 3)
        && !(head + 1 < tokens.Length && ReportingVerbReader.IsReportingVerbAt(tokens, head + 1));

    private static bool IsFullName(ImmutableArray<Token> tokens, int first) =>
        first >= 0 && first + 1 < tokens.Length && IsName(tokens[first]) && IsName(tokens[first + 1]);

    /// <summary>A capitalised word that can be part of a person's name: not a listed non-name, month or weekday.</summary>
    internal static bool IsName(Token token) =>
        token.IsWord && token.IsCapitalized && !WordClasses.NotNames.Contains(token.Text) && !WordClasses.Months.Contains(token.Text)
        && !WordClasses.Weekdays.Contains(token.Text);
}

/// <summary>
/// A definite role ("the strategist") resolved to its introduction: tokens <see cref="Start"/> (the determiner) to
/// <see cref="End"/> (after the head noun) of its sentence; <see cref="Named"/> when the introduction carried a name.
/// </summary>
internal sealed record RoleAnaphor(int Start, int End, bool Named);
