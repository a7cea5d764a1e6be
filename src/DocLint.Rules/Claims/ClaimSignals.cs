using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Figures;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Claims;

/// <summary>
/// The one adapter between the claims rule and the shared sentence reading: everything DL5001 and the score take
/// from <see cref="SentenceSemantics"/> and <see cref="FigureFinder"/> passes through here, read-only, so the semantic
/// layer can be changed by repointing this class alone.
/// </summary>
internal sealed class ClaimSignals
{
    private readonly AnalyzedDocument _document;
    private readonly SentenceSemantics _reading;
    private SentenceGrammar? _grammar;

    // Longer sentences (rare) keep their finite-verb answers on the heap.
    private const int MaxAnswersOnStack = 256;

    private ClaimSignals(AnalyzedDocument document, SentenceSemantics reading, bool hasFigure)
    {
        _document = document;
        _reading = reading;
        HasFigure = hasFigure;
    }

    // Read on the first check that needs tags or clauses, not when the signals are made: the tagger is most of this
    // rule's cost (issue 11), and many sentences are settled before any such check runs.
    private SentenceGrammar Grammar => _grammar ??= _document.Grammar(_reading.Sentence);

    /// <summary>The sentence's built-in lexicon matches, shared with the rest of its reading.</summary>
    public SentenceLexicons Lexicons => _reading.Lexicons;

    /// <summary>
    /// The label of a token, without tagging the sentence when the token settles it alone (punctuation, a number, a
    /// word of the tag dictionary: the tagger gives it exactly this label whatever the sentence); otherwise, or once
    /// the sentence's grammar has been read, the grammar's label, tagged only as far as this token.
    /// </summary>
    private PosLabel LabelAt(int tokenIndex) => KnownLabelAt(tokenIndex) ?? Grammar.LabelAt(tokenIndex);

    /// <summary>
    /// The label of a token when known without tagging the sentence (see <see cref="LabelAt"/>), or null. The sentence's
    /// grammar keeps each token's answer (SettledLabels), so asking again, as the mistagged-verb test does of neighbours, is cheap.
    /// </summary>
    private PosLabel? KnownLabelAt(int tokenIndex) =>
        _grammar is not null ? _grammar.LabelAt(tokenIndex)
        : _reading.TryLabelAlone(tokenIndex, out var label) ? label : null;

    /// <summary>The sentence is mostly a turn whose speaker the page names ("SMITH:", an interviewee's "A:", a lead-in).</summary>
    public bool InSpokenTurn => _reading.InSpokenTurn;

    /// <summary>A named person, body or document is cited, a link or footnote is given, or a named actor performs an official act.</summary>
    public bool HasNamedSource =>
        _reading.HasEvidence
        || (_reading.HasNamedSource && !NamesOnlyGroups(_reading.Attributions))
        || (_reading.HasNamedActor && !NamesOnlyGroups(_reading.OfficialActs));

    /// <summary>
    /// A source that reaches the rest of its paragraph: a link or footnote, or a named source with a verb of saying
    /// ("said", "told", "according to", "by X's estimate"). "Bernie has shown that…" names its subject but sources only its
    /// own sentence.
    /// </summary>
    public bool HasNamedStatement
    {
        get
        {
            if (_reading.HasEvidence)
            {
                return true;
            }

            foreach (var a in _reading.Attributions)
            {
                // The verb first: whether the source is a group takes the tags.
                if (a.Kind == AttributionKind.Named
                    && (SpeechActs.Verbs.ContainsWord(_reading.Tokens[a.VerbStart].Text) || AttributionReader.IsPrepositional(_reading.Tokens, a))
                    && !IsGroup(a))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A vague group ("critics say") or no one in particular ("it is believed", "reportedly") is cited.</summary>
    public bool HasVagueSource => _reading.HasVagueSource || _reading.HasImpersonalAttribution;

    /// <summary>The sentence states a figure, by the same reading the figure rules (DL2xxx) use.</summary>
    public bool HasFigure { get; }

    public static ClaimSignals Of(AnalyzedDocument document, Sentence sentence) =>
        new(document, SentenceSemantics.Of(document, sentence), !FigureFinder.Of(document, sentence).IsEmpty);

    /// <summary>
    /// The sentence reads as a clause, not a caption: a finite verb (by its tag, a contracted "he's" included, or the
    /// finite-verb list) in its main clause or a coordinate one, or at least two finite verbs anywhere (the clause
    /// reading can miss a main clause resumed after a long relative one). A caption has at most one, in a subordinate
    /// or relative clause: "A U.N. refugee camp for Syrians in northern Jordan.", "Beau Biden when he was Attorney
    /// General of Delaware in 2010."
    /// </summary>
    /// <param name="finiteVerbs">The claim reader's list of finite verbs, read from the sentence's lexicon marks.</param>
    /// <param name="isFiniteByForm">The reader's other test of a finite verb, by the word's form alone.</param>
    public bool ReadsAsClause(Lexicon finiteVerbs, Func<Token, bool> isFiniteByForm)
    {
        // Two finite verbs settle it whatever their clauses: two from the word list or from the tags their words settle
        // need no tagging at all (most sentences), and the clauses (read on request) are asked about only when there is
        // exactly one. The second count, with the grammar's labels (tagged only as far as the count reads), is the whole
        // reading.
        // The first count keeps each token's answer (1 finite, -1 not, 0 not known without tags); the second asks only
        // the tokens left at 0, as the word list and the labels known without tags give the tagged sentence's answers.
        // Before, the second count asked every token again: the finite-verb list and the tag dictionary twice a word.
        var tokens = _reading.Tokens.Length;
        Span<sbyte> answers = tokens <= MaxAnswersOnStack ? stackalloc sbyte[tokens] : new sbyte[tokens];
        var listed = Lexicons.MarksOf(finiteVerbs);
        var (found, only) = FiniteVerbs(listed, isFiniteByForm, answers);
        if (found is null)
        {
            _ = Grammar;
            (found, only) = FiniteVerbs(listed, isFiniteByForm, answers);
        }

        return found >= 2 || (found == 1 && Grammar.ClauseKindAt(only) is ClauseKind.Main or ClauseKind.Coordinate);
    }

    /// <summary>
    /// How many finite verbs the sentence has, up to two (a tag of one, a contracted "he's", a word of the finite-verb
    /// list, or a verb tagged as a noun), and where the first is; null when the count cannot be told from the tags known
    /// so far (fewer than two found, and a word the tagger's model would decide might be one).
    /// </summary>
    private (int? Found, int First) FiniteVerbs(SentenceLexicons.Marks listed, Func<Token, bool> isFiniteByForm, Span<sbyte> answers)
    {
        var tokens = _reading.Tokens;
        var found = 0;
        var first = -1;
        var unknown = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            bool? finite = answers[i] != 0 ? answers[i] > 0
                : listed.IsWordAt(i) || isFiniteByForm(tokens[i]) ? true
                : KnownLabelAt(i) is not { } label ? null
                : label.Tag.IsFiniteVerb() || label.Clitic.IsFiniteVerb() ? true
                : IsMistaggedVerb(i, label.Tag);
            answers[i] = finite switch { true => 1, false => -1, null => 0 };
            if (finite is null)
            {
                unknown = true;
            }
            else if (finite.Value)
            {
                first = first < 0 ? i : first;
                if (++found >= 2)
                {
                    return (found, first);
                }
            }
        }

        return (unknown ? null : found, first);
    }

    /// <summary>
    /// The sentence ends on a judgement in the author's voice: a form of "be", then only adverbs, "and" and adjectives,
    /// one of them an adjective of judgement, then the closing punctuation ("…is dangerous and wrong.", "was simply
    /// inexcusable."). Not a checkable claim. Read from the end, so a long subject with clauses of its own does not hide it.
    /// </summary>
    public bool EndsOnJudgement()
    {
        var tokens = _reading.Tokens;
        // No adjective of judgement, no judgement: most sentences are settled without their tags, and by their lexicon
        // marks without a look-up per word.
        var evaluative = Lexicons.MarksOf(ClaimLexicons.EvaluativeAdjectives);
        if (!AnyWord(evaluative, tokens.Length))
        {
            return false;
        }

        var judged = false;
        for (var j = tokens.Length - 1; j >= 0; j--)
        {
            if (!TokenSpans.IsWord(tokens[j]))
            {
                // Closing punctuation ends the predicate; punctuation inside it ("wrong, and…") is not this shape.
                if (judged)
                {
                    return false;
                }

                continue;
            }

            if (ClaimWords.LowerIn(WordClasses.BeVerbs, tokens[j]))
            {
                return judged && !IsOthersVoice(j);
            }

            var tag = LabelAt(j).Tag;
            if (tag is not (PosTag.RB or PosTag.JJ or PosTag.CC))
            {
                return false;
            }

            judged |= tag == PosTag.JJ && evaluative.IsWordAt(j);
        }

        return false;
    }

    private static bool AnyWord(SentenceLexicons.Marks marks, int tokens)
    {
        for (var i = marks.NextStart(0); i < tokens; i = marks.NextStart(i + 1))
        {
            if (marks.IsWordAt(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "radical Islamists", "the Democrats", "many Republicans": a capitalised plural after a lowercase word (or tagged as
    /// a plural proper noun) is a group, as vague as "critics", not a named speaker. "Bernie Sanders", "Reuters" stay names.
    /// </summary>
    public bool IsGroupName(int tokenIndex) => IsGroupNameByWords(tokenIndex) ?? LabelAt(tokenIndex).Tag == PosTag.NNPS;

    /// <summary>
    /// <see cref="IsGroupName"/> when the words settle it (a possessive is a name; a plural after a lowercase word is a
    /// group; a word whose label its spelling settles is a group when that label is a plural proper noun); null when only
    /// the sentence's tags can tell.
    /// </summary>
    private bool? IsGroupNameByWords(int tokenIndex)
    {
        var tokens = _reading.Tokens;
        if (Possessives.EndsWithPossessive(tokens[tokenIndex].Text))
        {
            return false;
        }

        if (IsPluralAfterLowercase(tokens, tokenIndex))
        {
            return true;
        }

        // "Democrats said", "But Republicans argue", "Senate Democrats insist": a party's members, bare or after a
        // capitalised body, are the party speaking, a named source, by the test SourcePhraseClassifier uses (so "Key
        // Democrats say" is a group to both); after a lower-case word ("some Democrats", "and Republicans") they stay a
        // group (read above).
        if (PartySpeakers.IsParty(tokens, tokenIndex))
        {
            return false;
        }

        return KnownLabelAt(tokenIndex) is { } label ? label.Tag == PosTag.NNPS : null;
    }

    private static bool IsPluralAfterLowercase(ImmutableArray<Token> tokens, int tokenIndex) =>
        tokens[tokenIndex].Text.EndsWith('s') && tokenIndex > 0 && TokenSpans.IsWord(tokens[tokenIndex - 1]) && !tokens[tokenIndex - 1].IsCapitalized;

    /// <summary>Every named attribution's source phrase names only a group (<see cref="IsGroupName"/>).</summary>
    private bool NamesOnlyGroups(ImmutableArray<Attribution> attributions)
    {
        var anyNamed = false;
        foreach (var a in attributions)
        {
            if (a.Kind == AttributionKind.Named)
            {
                anyNamed = true;
                if (!IsGroup(a))
                {
                    return false;
                }
            }
        }

        return anyNamed;
    }

    // Every capitalised word of the source phrase is a group name (and there is one). The words first: one word they
    // settle as a name answers no without tagging the sentence, wherever it stands in the phrase; only when none does
    // are the words left read with the tags.
    private bool IsGroup(Attribution attribution)
    {
        var tokens = _reading.Tokens;
        var end = Math.Min(attribution.SourceEnd, tokens.Length);
        // "Some Republicans, including President Trump, have said": the named member is the checkable source.
        if (SourcePhraseClassifier.NamesAMember(tokens, end))
        {
            return false;
        }

        var anyCapitalised = false;
        var undecided = false;
        for (var i = attribution.SourceStart; i < end; i++)
        {
            if (IsCapitalisedName(tokens[i]))
            {
                anyCapitalised = true;
                var group = IsGroupNameByWords(i);
                if (group == false)
                {
                    return false;
                }

                undecided |= group is null;
            }
        }

        for (var i = attribution.SourceStart; undecided && i < end; i++)
        {
            if (IsCapitalisedName(tokens[i]) && !IsGroupName(i))
            {
                return false;
            }
        }

        return anyCapitalised;
    }

    private static bool IsCapitalisedName(Token token) =>
        TokenSpans.IsWord(token) && token.IsCapitalized && !WordClasses.NotNames.Contains(token.Text);

    /// <summary>
    /// The sentence's subject is a law, ruling, case or other public document it names: a capitalised name right before a
    /// document noun ("The FACT Act required…", "Under the California law, centers were required…", "Tuesday's Supreme
    /// Court decision overturned…") or a case name ("NIFLA v. Becerra"), before the main clause's first finite verb. What
    /// such a sentence states, the document says or does, so a reader can check it there.
    /// </summary>
    public bool HasDocumentSubject(Func<Token, bool> isFiniteVerb)
    {
        var tokens = _reading.Tokens;
        // Only a named document can make one, and most sentences name none: they need no grammar to say so.
        var named = FirstDocumentName();
        if (named >= tokens.Length)
        {
            return false;
        }

        // The first one is the subject unless a main clause's finite verb comes first (or is the word itself). The
        // clauses are read only when a word before it may be a finite verb.
        for (var i = 1; i <= named; i++)
        {
            var label = LabelAt(i);
            if ((label.Tag.IsFiniteVerb() || label.Clitic.IsFiniteVerb() || isFiniteVerb(tokens[i])) && Grammar.ClauseKindAt(i) == ClauseKind.Main)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token that names a document (<see cref="NamesDocument"/>), the sentence's length if none. Only a word of
    /// claim-document-names or a lower-case case-versus mark can, and the sentence's lexicon marks hold both: the first
    /// of each list's words that names one, the earlier of the two. Asking every token cost a lint about 0.7% (issue 11).
    /// </summary>
    private int FirstDocumentName()
    {
        var length = _reading.Tokens.Length;
        return Math.Min(
            FirstDocumentName(Lexicons.MarksOf(ClaimLexicons.DocumentNames), lowerCaseOnly: false, length),
            FirstDocumentName(Lexicons.MarksOf(ClaimLexicons.CaseVersusMarks), lowerCaseOnly: true, length));
    }

    private int FirstDocumentName(SentenceLexicons.Marks marks, bool lowerCaseOnly, int length)
    {
        // From the third token: the name before the word does not open the sentence.
        for (var i = marks.NextStart(2); i < length; i = marks.NextStart(i + 1))
        {
            if (marks.IsWordAt(i) && !(lowerCaseOnly && _reading.Tokens[i].IsCapitalized) && NamesDocument(i))
            {
                return i;
            }
        }

        return length;
    }

    /// <summary>
    /// The document word at <paramref name="tokenIndex"/> (a word of claim-document-names, or a lower-case case-versus
    /// mark) follows a capitalised name that does not open the sentence, outside quotation marks.
    /// </summary>
    private bool NamesDocument(int tokenIndex)
    {
        var previous = _reading.Tokens[tokenIndex - 1];
        return TokenSpans.IsWord(previous) && previous.IsCapitalized
            && !WordClasses.NotNames.Contains(previous.Text) && !IsQuoted(tokenIndex);
    }

    private bool IsQuoted(int tokenIndex) => _reading.IsQuoted(tokenIndex);

    /// <summary>The grammar layer's part-of-speech tag of a token of this sentence.</summary>
    public PosTag TagAt(int tokenIndex) => LabelAt(tokenIndex).Tag;

    /// <summary>
    /// "The daily solar cycle causes/NNS continual changes", "A single ratio hides/NNS which…", "Ellen Burke, 67, cast/NN
    /// the lone vote", "customers already use/NN LedgerPilot": a noun-tagged word after a noun, an apposition's comma or
    /// an adverb after a noun, and before what opens an object or complement, is a verb the tagger read as a noun.
    /// </summary>
    /// <remarks>
    /// <paramref name="tag"/> is the word's own, which the caller has just read (a second look-up costs a hash and a
    /// probe). Null when a neighbour's tag it needs is not known without tagging the sentence.
    /// </remarks>
    private bool? IsMistaggedVerb(int i, PosTag tag)
    {
        if (i < 1 || i + 1 >= _reading.Tokens.Length || tag is not (PosTag.NN or PosTag.NNS))
        {
            return false;
        }

        if (KnownLabelAt(i - 1)?.Tag is not { } previous || (previous == PosTag.RB && i >= 2 ? KnownLabelAt(i - 2)?.Tag : previous) is not { } before)
        {
            return null;
        }

        var subject = before is PosTag.NN or PosTag.NNS or PosTag.NNP || _reading.Tokens[i - 1].Text == ",";
        if (!subject)
        {
            return false;
        }

        return KnownLabelAt(i + 1)?.Tag is { } next
            ? next is PosTag.DT or PosTag.JJ or PosTag.TO or PosTag.PRPS or PosTag.PRP or PosTag.WDT or PosTag.RB || (previous == PosTag.RB && next == PosTag.NNP)
            : null;
    }


    /// <summary>
    /// The names this sentence cites as sources ("Pat Robertson said" gives "robertson"; "the Justice Department announced"
    /// gives "department"): the last word of the first run of capitalised words in each named source phrase, so a person
    /// named in full once and by surname later is one source. Pronouns and uncapitalised phrases give no name. Adds them
    /// to <paramref name="seen"/> and returns how many were not there yet (a loop, not an iterator: asked per claim).
    /// </summary>
    public int CountNewSourceKeys(ISet<string> seen)
    {
        var added = 0;
        foreach (var attribution in _reading.Attributions)
        {
            added += AddSourceKey(attribution, seen);
        }

        foreach (var attribution in _reading.OfficialActs)
        {
            added += AddSourceKey(attribution, seen);
        }

        return added;
    }

    private int AddSourceKey(Attribution attribution, ISet<string> seen) =>
        attribution.Kind == AttributionKind.Named && NameIn(attribution.SourceStart, attribution.SourceEnd) is { Count: > 0 } run && seen.Add(run[^1].Lower()) ? 1 : 0;

    /// <summary>
    /// Bodies cited as sources, by the acronym a later sentence would use: as written ("the GAO said") or the initials
    /// of a name of two words or more ("The Government Accountability Office says" gives "GAO"), added to
    /// <paramref name="acronyms"/>.
    /// </summary>
    public void AddCitedAcronyms(ISet<string> acronyms, bool opensWithSpeaker)
    {
        foreach (var attribution in _reading.Attributions)
        {
            AddCitedAcronym(attribution, acronyms);
        }

        foreach (var attribution in _reading.OfficialActs)
        {
            AddCitedAcronym(attribution, acronyms);
        }

        // "The Government Accountability Office, which has warned since 2013 …, says": the speaker opens the sentence.
        if (opensWithSpeaker)
        {
            AddAcronym(NameIn(OpeningNameStart(), _reading.Tokens.Length), acronyms);
        }
    }

    private void AddCitedAcronym(Attribution attribution, ISet<string> acronyms)
    {
        if (attribution.Kind == AttributionKind.Named)
        {
            AddAcronym(NameIn(attribution.SourceStart, attribution.SourceEnd), acronyms);
        }
    }

    private static void AddAcronym(List<Token>? run, ISet<string> acronyms)
    {
        if (run is null)
        {
            return;
        }

        if (run.Count == 1 && IsAcronym(run[0]))
        {
            acronyms.Add(run[0].Text);
        }
        else if (run.Count >= 2)
        {
            Span<char> initials = run.Count <= 64 ? stackalloc char[run.Count] : new char[run.Count];
            for (var i = 0; i < run.Count; i++)
            {
                initials[i] = char.ToUpperInvariant(run[i].Text[0]);
            }

            acronyms.Add(new string(initials));
        }
    }

    /// <summary>
    /// The sentence names, outside quotation marks, a body an earlier sentence cited as a source: "The GAO puts climate
    /// change on its high-risk list" after "the Government Accountability Office says" plainly refers back to it.
    /// </summary>
    public bool MentionsAny(IReadOnlySet<string> acronyms)
    {
        var tokens = _reading.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsAcronym(tokens[i]) && acronyms.Contains(tokens[i].Text) && !_reading.IsQuoted(i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(Token token) =>
        TokenSpans.IsWord(token) && token.Text.Length >= 2 && LetterCase.AllUpper(token.Text) && !WordClasses.NotNames.Contains(token.Text);

    // Where the name of a speaker who opens the sentence starts: past opening punctuation and a leading "the", which is
    // no part of the name ("The Government Accountability Office" gives "GAO"). Not TokenSpans.FirstWord, which stops at "the".
    private int OpeningNameStart()
    {
        var tokens = _reading.Tokens;
        var i = 0;
        while (i < tokens.Length && (!TokenSpans.IsWord(tokens[i]) || tokens[i].Is("the")))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The first run of capitalised words in a source phrase ("Pat Robertson", "Government Accountability Office"). A
    /// capitalised word that is not a name alone ("Government", "Senate") belongs to the run when a name follows it.
    /// </summary>
    private List<Token>? NameIn(int start, int end)
    {
        // The lists are made only when a capitalised word is found (none found gives null): most source phrases are
        // pronouns or lowercase.
        var tokens = _reading.Tokens;
        List<Token>? run = null;
        List<Token>? pending = null;
        for (var i = start; i < end && i < tokens.Length; i++)
        {
            if (!TokenSpans.IsWord(tokens[i]) || !tokens[i].IsCapitalized)
            {
                if (run is not null)
                {
                    break;
                }

                pending?.Clear();
            }
            else if (WordClasses.NotNames.Contains(tokens[i].Text) && run is null)
            {
                // "The" opens the phrase but is no part of the name (and of no acronym).
                if (!ClaimWords.LowerIn(WordClasses.Determiners, tokens[i]))
                {
                    (pending ??= []).Add(tokens[i]);
                }
            }
            else
            {
                run ??= [];
                if (pending is not null)
                {
                    run.AddRange(pending);
                    pending.Clear();
                }

                run.Add(tokens[i]);
            }
        }

        return run;
    }

    /// <summary>The token is someone else's words: quoted, or reported after "X said".</summary>
    public bool IsOthersVoice(int tokenIndex) => _reading.IsOthersVoice(tokenIndex);
}
