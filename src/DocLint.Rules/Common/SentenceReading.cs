using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Common;

/// <summary>
/// What the rules need to know about a sentence beyond its words: who it attributes claims to, which
/// tokens are in direct quotations, and which are reported speech. Computed once per sentence.
/// </summary>
internal sealed class SentenceReading
{
    private const int MaxSourceTokens = 9;

    private readonly QuotedTokens _quoted;
    // Every sentence of a document keeps its reading to the end of the analysis, so the parts read on demand are
    // plain fields, not a Lazy object and a delegate each (about 350 bytes a sentence).
    private readonly AnalyzedDocument _document;
    private bool? _hasImpersonalAttribution;
    private ImmutableArray<Attribution>? _quotedAttributions;
    private bool _readingQuoted;

    private SentenceReading(Sentence sentence, AnalyzedDocument document)
    {
        Sentence = sentence;
        // The grammar is read through the document only when a source phrase needs its word classes, so most
        // sentences never pay for tagging here.
        _document = document;
        Tokens = sentence.Tokens;
        _quoted = QuotedTokens.Read(sentence);
        Attributions = FindAttributions(RuleLexicons.ReportingVerbs, quoted: false);
        OfficialActs = FindAttributions(RuleLexicons.OfficialActs, quoted: false);
        HasEvidence = CitationReader.HasEvidence(sentence);
    }

    public Sentence Sentence { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Attribution> Attributions { get; }

    /// <summary>
    /// Attributions wholly inside a direct quotation ("Multiple sources do say that", a speaker quoting
    /// "officials said"): the quoted speaker's own unnamed source, still one the reader cannot check.
    /// </summary>
    public ImmutableArray<Attribution> QuotedAttributions => _quotedAttributions ??= FindAttributions(RuleLexicons.ReportingVerbs, quoted: true);

    /// <summary>Official acts ("the council approved") whose content a figure may be.</summary>
    public ImmutableArray<Attribution> OfficialActs { get; }

    /// <summary>A link, footnote reference or citation marker in the sentence.</summary>
    public bool HasEvidence { get; }

    /// <summary>A named source, or the author reporting their own research ("We find that …", "we estimate").</summary>
    public bool HasNamedSource => HasEvidence || Attributions.Any(a => a.Kind == AttributionKind.Named || IsAuthorsFinding(a));

    /// <summary>
    /// A named source that can cover a neighbouring sentence's figures. A participial attribution ("Clinton went
    /// further, saying …") is subordinate to its own sentence's claim and covers nothing beyond it.
    /// </summary>
    public bool HasNamedSourceForNeighbours =>
        HasEvidence || Attributions.Any(a => a.Kind == AttributionKind.Named && !Tokens[a.VerbStart].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    public bool HasNamedActor => OfficialActs.Any(a => a.Kind == AttributionKind.Named);

    public bool HasVagueSource => Attributions.Any(a => a.Kind == AttributionKind.Vague);

    /// <summary>"It is believed", "reportedly": a claim attributed to no one.</summary>
    public bool HasImpersonalAttribution => _hasImpersonalAttribution ??= RuleLexicons.ImpersonalAttributions.Matches(Tokens).Count > 0;

    /// <summary>The sentence's reading, computed once per document and shared by every rule.</summary>
    public static SentenceReading Of(AnalyzedDocument document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreate(sentence, s => new SentenceReading(s, document));
    }

    public bool IsQuoted(int tokenIndex) => _quoted.IsQuoted(tokenIndex);

    private bool IsAuthorsFinding(Attribution attribution) =>
        attribution.Kind == AttributionKind.Author
        && Tokens[attribution.VerbStart].Lower() is "find" or "found" or "estimate" or "estimated" or "calculate" or "calculated" or "show" or "showed";

    // While attributions are read, a token outside the reading's side of the quotation marks ends a source phrase.
    private bool IsOtherSide(int tokenIndex) => IsQuoted(tokenIndex) != _readingQuoted;

    /// <summary>
    /// True when the token is someone else's words: inside a direct quotation, or in reported speech
    /// (after "X said", "according to X", or before a closing ", X said").
    /// </summary>
    public bool IsOthersVoice(int tokenIndex)
    {
        if (IsQuoted(tokenIndex))
        {
            return true;
        }

        foreach (var attribution in Attributions)
        {
            if (attribution.Kind == AttributionKind.Author)
            {
                continue;
            }

            if (tokenIndex >= attribution.End && !attribution.SourceFollowsVerb)
            {
                return true;
            }

            if (tokenIndex >= attribution.End && attribution.SourceFollowsVerb && Tokens[attribution.VerbStart].Is("according"))
            {
                return true;
            }

            if (tokenIndex < attribution.Start && IsTrailingAttribution(attribution))
            {
                return true;
            }
        }

        return IsReportedClause(tokenIndex);
    }

    public static bool IsWord(Token token) => TokenSpans.IsWord(token);

    private bool IsTrailingAttribution(Attribution attribution)
    {
        var before = attribution.Start - 1;
        return before >= 0 && (Tokens[before].Text is "," or "\u2014" || Tokens[before].Kind == TokenKind.Quote)
            && ClosesClause(attribution.End);
    }

    // ", officials said." closes what precedes it; ", studies claiming to show that…" opens a new claim instead.
    private bool ClosesClause(int index)
    {
        Token? next = index < Tokens.Length ? Tokens[index] : null;
        return next is null
            || next.Kind is TokenKind.Punctuation or TokenKind.Quote
            || next.Lower() is "on" or "in" or "at" or "last" or "this" or "yesterday" or "today" or "tonight" or "during" or "after"
                or "before" or "when" or "while" or "adding" or "citing" or "noting" or "according" or "earlier" or "late" or "early";
    }

    // "Both parties agree that …", "the agency says that …": what follows "VERB that" is the subject's claim,
    // whether or not the subject names a checkable source. The author's own "I think that" stays the author's.
    private bool IsReportedClause(int tokenIndex)
    {
        for (var i = 1; i + 1 < tokenIndex; i++)
        {
            // "VERB that …", or a speech verb straight before its clause's pronoun subject ("20 percent said they were").
            var opensClause = Tokens[i + 1].Is("that")
                || (Tokens[i].Lower() is "said" or "say" or "says" && WordClasses.PersonalPronouns.Contains(Tokens[i + 1].Text) && !Tokens[i + 1].Is("him") && !Tokens[i + 1].Is("them"))
                || AddresseeThenThat(i, tokenIndex);
            if (!opensClause || IsQuoted(i))
            {
                continue;
            }

            var length = RuleLexicons.ReportingVerbs.LongestMatchAt(Tokens, i, out var entry);
            if (length == 1 && entry is not ("show" or "shows" or "showed" or "shown" or "suggest" or "suggests" or "suggested" or "find" or "finds" or "found")
                && IsVerbUse(i, entry!) && IsWord(Tokens[i - 1]) && !WordClasses.AuthorPronouns.Contains(Tokens[i - 1].Text)
                && !Tokens[i - 1].Is("it"))
            {
                return true;
            }
        }

        return false;
    }

    // "told reporters that …", "was telling Kislyak that …", "told radio hosts in two markets that …": a speech verb,
    // the person addressed (a noun phrase, perhaps with a place), then the reported clause. The grammar tells the
    // addressee from a verb ("told him it was" is not this shape: no "that").
    private bool AddresseeThenThat(int verbIndex, int tokenIndex)
    {
        if (Tokens[verbIndex].Lower() is not ("told" or "tell" or "tells" or "telling" or "warned" or "warn" or "warns" or "assured" or "reminded" or "informed"))
        {
            return false;
        }

        var grammar = _document.Grammar(Sentence);
        if (grammar.ChunkAt(verbIndex + 1, ChunkKind.NounPhrase) is not { } addressee || addressee.Start != verbIndex + 1)
        {
            return false;
        }

        for (var j = addressee.End; j < Math.Min(tokenIndex, addressee.End + 5); j++)
        {
            if (Tokens[j].Is("that"))
            {
                return true;
            }

            if (!IsWord(Tokens[j]) && Tokens[j].Kind != TokenKind.Number || grammar.ChunkAt(j, ChunkKind.VerbGroup) is not null)
            {
                return false;
            }
        }

        return false;
    }

    // quoted: false reads the author's own text; true reads inside quotations, where subject and verb share the quote.
    private ImmutableArray<Attribution> FindAttributions(Lexicon verbs, bool quoted)
    {
        var result = ImmutableArray.CreateBuilder<Attribution>();
        _readingQuoted = quoted;
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (IsQuoted(i) != quoted)
            {
                continue;
            }

            var length = verbs.LongestMatchAt(Tokens, i, out var entry);
            if (length == 0 || !IsVerbUse(i, entry!))
            {
                continue;
            }

            var verbEnd = i + length;
            // ", said the official" names its source after the verb; when nothing there is a source
            // ("Maria Lopez, the treasurer, said the renovation cost…"), the subject stands before it.
            // "put"/"peg"/"place" attribute only through an estimate or document subject ("estimates put the cost at");
            // what follows them is their object, never a source ("put the deal before Parliament", "in places such as Milwaukee").
            var attribution = entry == "according to"
                ? SourceAfter(i, verbEnd)
                : entry is "put" or "puts" or "peg" or "pegs" or "place" or "places"
                    ? SourceBefore(i, verbEnd)
                    : IsInvertedAfterComma(i, verbEnd)
                        ? SourceAfter(i, verbEnd) ?? SourceBefore(i, verbEnd)
                        : SourceBefore(i, verbEnd) ?? SourceAfter(i, verbEnd);
            if (attribution is not null)
            {
                result.Add(attribution);
            }

            i = verbEnd - 1;
        }

        return result.ToImmutable();
    }

    // "the state", "shows" as a noun: a reporting verb straight after a determiner is a noun.
    private bool IsVerbUse(int index, string entry)
    {
        if (entry == "according to")
        {
            return true;
        }

        // "state" is far more often the noun or adjective ("state officials"); as a verb it introduces a claim.
        // "determined" is mostly resolve ("determined to win"); as a finding it introduces a clause ("has determined that").
        if (entry is "state" or "states" or "determined" or "determines")
        {
            return index + 1 < Tokens.Length && Tokens[index + 1].Text is "that" or "," or ":";
        }

        // A relative pronoun before the verb: "a poll that found", "the report, which shows".
        if (index > 0 && Tokens[index - 1].Lower() is "that" or "which" or "who")
        {
            return true;
        }

        // A sentence never opens with a finite reporting verb: "Reports suggest…", "Estimates put…" open with a noun.
        if (index == 0)
        {
            return false;
        }

        if (index > 0 && (WordClasses.Determiners.Contains(Tokens[index - 1].Text) || Tokens[index - 1].Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "estimates"/"reports"/"states" are also nouns: as verbs they follow their subject directly, or close the
        // sentence after a record or document ("…, a job application for the position shows.").
        return !(entry is "estimates" or "reports" or "states" or "records" or "counts" or "shows" or "notes" or "finds" or "claims" or "projects" or "fears"
            && index + 1 < Tokens.Length && Tokens[index + 1].Text is "of" or "for" or "," or "." or "and"
            && !HasRecordSubjectBefore(index));
    }

    private bool HasRecordSubjectBefore(int index)
    {
        for (var j = index - 1; j >= Math.Max(0, index - MaxSourceTokens) && Tokens[j].Text != ","; j--)
        {
            if (WordClasses.RecordNouns.Contains(Tokens[j].Text) || (WordClasses.DocumentNouns.Contains(Tokens[j].Text) && j < index - 1))
            {
                return true;
            }
        }

        return false;
    }

    // ", said the US official, who …" and ", said John Smith." name their source after the verb; an appositive
    // subject ("Dick Morris, a former adviser, says Clinton is …") does not, and its clause goes on.
    private bool IsInvertedAfterComma(int verbStart, int verbEnd)
    {
        if (verbStart == 0 || Tokens[verbStart - 1].Text != "," || verbEnd >= Tokens.Length)
        {
            return false;
        }

        var first = Tokens[verbEnd];
        if (first.Lower() is "the" or "a" or "an" or "one" or "another")
        {
            return true;
        }

        var end = verbEnd;
        while (end < Tokens.Length && end - verbEnd < 5 && IsWord(Tokens[end]) && Tokens[end].IsCapitalized)
        {
            end++;
        }

        return end > verbEnd && (end == Tokens.Length || Tokens[end].Kind is TokenKind.Punctuation or TokenKind.Quote);
    }

    private Attribution? SourceBefore(int verbStart, int verbEnd)
    {
        var start = verbStart;
        var index = verbStart - 1;
        // Auxiliaries and adverbs between subject and verb: "has long argued", "also said".
        // A stance adjective takes its subject across a form of "be": "Experts were also sceptical that". The grammar
        // is read only when a form of "be" stands there, so most sentences are not tagged for this.
        while (index >= 0 && IsWord(Tokens[index])
            && (IsAuxiliaryOrAdverb(Tokens[index].Text) || (WordClasses.BeVerbs.Contains(Tokens[index].Text) && _document.Grammar(Sentence).TagAt(verbStart) == PosTag.JJ)))
        {
            index--;
        }

        // "(data not shown)": a bare negated verb reports nothing; "he did not say" still names its speaker.
        if (index >= 1 && Tokens[index].Lower() is "not" && !IsAuxiliaryOrAdverb(Tokens[index - 1].Text)
            && Tokens[index - 1].Lower() is not ("is" or "was" or "are" or "were" or "could" or "can" or "should"))
        {
            return null;
        }

        // "… prosecutor and officials and said": a coordinated predicate; its subject is further back.
        if (index >= 0 && Tokens[index].Lower() is "and" or "or")
        {
            return null;
        }

        // Skip an appositive between subject and verb: "Dick Morris, a former adviser, says".
        if (index > 0 && Tokens[index].Text == ",")
        {
            var open = index - 1;
            while (open >= 0 && index - open <= 12 && Tokens[open].Text != "," && !IsOtherSide(open))
            {
                open--;
            }

            if (open > 0 && Tokens[open].Text == "," && IsSourceToken(Tokens[open - 1]))
            {
                index = open - 1;
            }
        }

        var subjectEnd = index + 1;
        while (index >= 0 && subjectEnd - index <= MaxSourceTokens && !IsOtherSide(index) && IsSourceToken(Tokens[index])
            && !IsReportingVerbAt(index) && !WordClasses.ClauseOpeners.Contains(Tokens[index].Text))
        {
            start = index;
            index--;
        }

        // ", and people familiar with the matter describe": a conjunction opens the clause, not the source.
        while (start < subjectEnd - 1 && Tokens[start].Lower() is "and" or "or" or "but")
        {
            start++;
        }

        // "what they reveal is …": a free relative's pronoun reports nothing about the clause that follows.
        if (start >= subjectEnd || (subjectEnd - start == 1 && start > 0 && Tokens[start - 1].Is("what") && WordClasses.PersonalPronouns.Contains(Tokens[start].Text)))
        {
            return null;
        }

        var kind = Classify(start, subjectEnd);
        // "put"/"peg" attribute only for estimates and documents ("estimates put the cost at"), not "he put it".
        if (Tokens[verbStart].Lower() is "put" or "puts" or "peg" or "pegs" or "place" or "places"
            && kind != AttributionKind.Vague && !WordClasses.DocumentNouns.Contains(Tokens[subjectEnd - 1].Text))
        {
            return null;
        }

        return kind is null ? null : new Attribution(kind.Value, verbStart, verbEnd, start, subjectEnd);
    }

    private Attribution? SourceAfter(int verbStart, int verbEnd)
    {
        var end = verbEnd;
        while (end < Tokens.Length && end - verbEnd < MaxSourceTokens && !IsOtherSide(end) && IsSourceToken(Tokens[end]))
        {
            end++;
        }

        if (end == verbEnd)
        {
            return null;
        }

        var kind = Classify(verbEnd, end);
        return kind is null ? null : new Attribution(kind.Value, verbStart, verbEnd, verbEnd, end);
    }

    private bool IsReportingVerbAt(int index) =>
        RuleLexicons.ReportingVerbs.LongestMatchAt(Tokens, index, out var entry) > 0 && IsVerbUse(index, entry!);

    private static bool IsAuxiliaryOrAdverb(string word) =>
        word.ToLowerInvariant() is "has" or "have" or "had" or "also" or "long" or "previously" or "recently" or "once"
            or "later" or "repeatedly" or "publicly" or "privately" or "have" or "had" or "would" or "will" or "did" or "does"
            or "do" or "now" or "then" or "often" or "still" or "already" or "separately" or "further" or "even" or "been"
            or "had" or "have";

    private static bool IsSourceToken(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number or TokenKind.NumberWithSuffix
        || (token.Kind == TokenKind.Symbol && token.Text == "&");

    /// <summary>Named, vague or the author's own voice; null when the phrase is not a source at all.</summary>
    private AttributionKind? Classify(int start, int end)
    {
        var phrase = Tokens.AsSpan(start, end - start);
        if (phrase.Length == 1 && WordClasses.AuthorPronouns.Contains(phrase[0].Text))
        {
            return AttributionKind.Author;
        }

        // "with no source", "without sources": the absence of a source is not a vague one.
        foreach (var token in phrase)
        {
            if (token.Lower() is "no" or "without" or "not")
            {
                return null;
            }
        }

        var head = phrase[^1].Text;
        // An anonymous member of a class stays anonymous whatever named body qualifies it: "A U.S. official",
        // "one Clinton insider", "a Republican briefed on the calls", "Numerous U.S. officials", "some Republicans".
        // A record is a source as the subject of its reporting verb, not as the object of some act ("approved the contract").
        if (IsAnaphoricDocument(phrase) || IsInstitutionalRecord(phrase) || (IsSingleRecord(phrase) && end < Tokens.Length && IsReportingVerbAt(end)))
        {
            return AttributionKind.Named;
        }

        if (IsIndefiniteMember(phrase) || IsQuantifiedGroup(phrase) || IsBareGroup(start, end))
        {
            return AttributionKind.Vague;
        }

        var vague = RuleLexicons.VagueSources.Matches(phrase.ToArray()).Count > 0
            || ((RuleLexicons.VagueSources.ContainsWord(head) || WordClasses.RoleNouns.Contains(head)) && IsAnonymous());
        var named = false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var token = phrase[i];
            var absolute = start + i;
            if (token.IsCapitalized && IsWord(token) && !WordClasses.NotNames.Contains(token.Text) && !IsSentenceOpener(absolute, token))
            {
                // A capitalised opener before a vague noun is only capitalised ("Industry analysts agree").
                named |= absolute != 0 || !vague;
            }
        }

        if (named && vague && IsAnonymous())
        {
            return AttributionKind.Vague;
        }

        if (named)
        {
            return AttributionKind.Named;
        }

        if (vague)
        {
            return AttributionKind.Vague;
        }

        if (phrase.Length == 1 && WordClasses.PersonalPronouns.Contains(head))
        {
            return AttributionKind.Named;
        }

        return phrase.Length >= 2 && phrase[0].Lower() is "the" or "its" or "their" or "his" or "her" && WordClasses.InstitutionNouns.Contains(head)
            || (phrase.Length == 1 && head.Equals("police", StringComparison.OrdinalIgnoreCase))
            ? AttributionKind.Named
            : null;
    }

    // "a/an/another/one [modifiers] ROLE [briefed on …]": a role noun introduced indefinitely names no one.
    private static bool IsIndefiniteMember(ReadOnlySpan<Token> phrase)
    {
        if (phrase.Length < 2 || phrase[0].Lower() is not ("a" or "an" or "another" or "one"))
        {
            return false;
        }

        // The role noun is the head, or the head of a reduced relative ("a Republican briefed on the calls").
        foreach (var token in phrase[1..])
        {
            if (WordClasses.RoleNouns.Contains(token.Text))
            {
                return true;
            }

            if (token.Lower() is "briefed" or "familiar" or "close" or "who" or "with" or "at" or "in" or "from")
            {
                return false;
            }
        }

        return false;
    }

    // "many legal scholars", "some Republicans", "Numerous U.S. officials", "two people briefed on the discussion",
    // "the ones top Republican officials": a quantifier, rank word or count before a plural class noun is a
    // group no reader can check. The class noun is the head, or the noun a reduced relative or "of" follows.
    private static bool IsQuantifiedGroup(ReadOnlySpan<Token> phrase)
    {
        var quantified = false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var word = phrase[i].Text;
            if (WordClasses.GroupQuantifiers.Contains(word) || (i + 1 < phrase.Length && (WordClasses.SmallCardinals.Contains(word) || RuleLexicons.NumberWords.ContainsWord(word))))
            {
                quantified = true;
                continue;
            }

            if (quantified && (WordClasses.GroupNouns.Contains(word) || RuleLexicons.VagueSources.ContainsWord(word) && word.EndsWith('s'))
                && (i + 1 == phrase.Length || phrase[i + 1].Lower() is "briefed" or "familiar" or "close" or "who" or "of" or "in" or "at" or "nationwide" or "now"))
            {
                return true;
            }
        }

        return false;
    }

    // "GOP lawmakers said", "liberals have been saying", "Admirers of JFK tell us": a plural class of people with no
    // determiner is the class at large, whatever named body qualifies it; no reader can ask "GOP lawmakers". The
    // grammar says the head is a plural noun and that every word before it is a modifier (adjective or noun), so
    // "the lawmakers", "his aides", "Trump's lawyers" and "some men" (quantified, read above) stay out.
    // Inside a quotation a bare group is the speaker's anecdote ("people say, 'How come…'"), not a cited source; and
    // "analysts at BofA Global Research" are placed at a named body the reader can check.
    private bool IsBareGroup(int start, int end)
    {
        if (_readingQuoted)
        {
            return false;
        }

        var head = -1;
        for (var i = start; i < end; i++)
        {
            if (WordClasses.GroupNouns.Contains(Tokens[i].Text))
            {
                if (i + 1 == end || Tokens[i + 1].Lower() is "of" or "in" or "at" or "from" or "for" or "nationwide" or "briefed" or "familiar" or "close")
                {
                    head = i;
                }

                break;
            }
        }

        if (head < 0 || IsPlacedAtNamedBody(head, end))
        {
            return false;
        }

        var grammar = _document.Grammar(Sentence);
        if (grammar.TagAt(head) is not (PosTag.NNS or PosTag.NNPS))
        {
            return false;
        }

        for (var i = start; i < head; i++)
        {
            if (grammar.TagAt(i) is not (PosTag.JJ or PosTag.NN or PosTag.NNP or PosTag.NNPS) || grammar.Labels[i].Clitic != PosTag.None)
            {
                return false;
            }
        }

        // A subject opens its clause: "the votes of GOP lawmakers" has its own head before the phrase.
        return start == 0 || Tokens[start - 1].Kind != TokenKind.Word || grammar.TagAt(start - 1) is not (PosTag.IN or PosTag.DT or PosTag.PRPS);
    }

    // "analysts at BofA Global Research", "experts from the Met Office".
    private bool IsPlacedAtNamedBody(int head, int end)
    {
        if (head + 2 >= end || Tokens[head + 1].Lower() is not ("at" or "from"))
        {
            return false;
        }

        var body = Tokens[head + 2].Lower() == "the" ? head + 3 : head + 2;
        return body < end && Tokens[body].IsCapitalized;
    }

    // "according to the data", "the researchers found", "these estimates": a definite document or its authors
    // point back to one the story has named; survey respondents are the data, not a source.
    private static bool IsAnaphoricDocument(ReadOnlySpan<Token> phrase)
    {
        var head = phrase[^1].Text;
        if (head.Equals("respondents", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var token in phrase)
        {
            if (token.Lower() is "poll" or "survey" or "respondents")
            {
                return true;
            }
        }

        return phrase.Length >= 2 && phrase[^2].Lower() is "the" or "these" or "this" or "that" or "those"
            && (WordClasses.DocumentNouns.Contains(head) || head.ToLowerInvariant() is "researchers" or "authors" or "study's");
    }

    // A capitalised first word is a name unless it is a common word that merely opens the sentence.
    private static bool IsSentenceOpener(int index, Token token) =>
        index == 0 && (RuleLexicons.VagueSources.ContainsWord(token.Text) || WordClasses.NotNames.Contains(token.Text)
            || char.IsLower(token.Text[^1]) && RuleLexicons.ReportingVerbs.ContainsWord(token.Text));

    // "a job application for the position shows", "an internal memo says": one record, introduced by an article,
    // is a document the reader can ask for. Its head is the first record noun, before any "for"/"from" phrase.
    private static bool IsSingleRecord(ReadOnlySpan<Token> phrase)
    {
        if (phrase.Length < 2 || phrase[0].Lower() is not ("a" or "an" or "the" or "this"))
        {
            return false;
        }

        foreach (var token in phrase[1..])
        {
            if (WordClasses.RecordNouns.Contains(token.Text))
            {
                return true;
            }

            if (token.Lower() is "for" or "from" or "of" or "by" or "to")
            {
                return false;
            }
        }

        return false;
    }

    // "county records", "court documents", "police reports": records a kind of public body keeps are checkable,
    // unlike "documents" or "records" alone.
    private static bool IsInstitutionalRecord(ReadOnlySpan<Token> phrase) =>
        phrase.Length >= 2 && (WordClasses.DocumentNouns.Contains(phrase[^1].Text) || phrase[^1].Lower() is "documents")
        && WordClasses.InstitutionNouns.Contains(phrase[^2].Text) && !WordClasses.GroupQuantifiers.Contains(phrase[0].Text);

    private bool IsAnonymous() => AnonymityReader.IsAnonymous(Sentence);

}
