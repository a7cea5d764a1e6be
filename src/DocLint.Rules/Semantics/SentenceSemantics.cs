using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Text;

namespace DocLint.Rules.Semantics;

/// <summary>
/// What the rules know about a sentence beyond its words, as Roslyn's SemanticModel is to a syntax tree: which tokens
/// are quoted (<see cref="QuotedTokens"/>), whom it attributes claims to and what kind of source each is
/// (<see cref="AttributionReader"/>; named, vague, a role or the author: <see cref="SourcePhraseClassifier"/>), which words are reported speech
/// (<see cref="ReportedSpeechReader"/>) and whether it cites evidence (<see cref="CitationReader"/>). Made once per
/// sentence, on a rule's first request, and shared by every rule and the neighbours' checks. A class, not a record: a
/// few parts are read only when first asked for, and most sentences never are.
/// </summary>
internal sealed class SentenceSemantics
{
    private readonly SentenceInput _input;
    // For the neighbours' register of speech (IsSpoken).
    private readonly AnalyzedDocument _document;
    // Every sentence of a document keeps its semantics to the end of the analysis, so the parts read on demand are
    // plain fields, not a Lazy object and a delegate each (about 350 bytes a sentence).
    private bool? _hasImpersonalAttribution;
    private ImmutableArray<(int Start, int End)>? _unownedReports;
    private ImmutableArray<Attribution>? _quotedAttributions;
    private Hypotheticals? _hypotheticals;
    // IsInUnmarkedReport's answers by token (0 not yet read, 1 no, 2 yes): both hedge rules ask it of the same token
    // (DL1001's "likely" and DL1002's modal in one clause, and a cue that both lists hold), and each answer walks back
    // over every earlier verb. Made on the first question, so sentences without a hedge cue pay nothing; two rules racing
    // on one token write the same answer.
    private byte[]? _unmarkedReports;

    // SpokenRegister's answer for the sentence alone and for it with its paragraph neighbours, read on the first hedge
    // or booster question.
    private bool? _spokenAlone;
    private bool? _spoken;

    // LinkCards' cards, found on the first finding a rule asks about (an array: one reference, written whole).
    private (int Start, int End)[]? _linkCards;

    // OpeningClauses' answer, read on the first figure a report might cover.
    private int? _openingClauseEnd;

    private SentenceSemantics(AnalyzedDocument document, Sentence sentence)
    {
        _document = document;
        var turns = Turns(document, sentence);
        _input = new SentenceInput(document, sentence, QuotedTokens.Read(sentence, SpeakerTurns.Overlapping(turns.Spans, sentence.Span)));
        InSpokenTurn = MostlyIn(turns.Spoken, sentence);
        Attributions = AttributionReader.Read(_input, AttributionVerbs.Speech, quoted: false);
        OfficialActs = AttributionReader.Read(_input, AttributionVerbs.OfficialActs, quoted: false);
        HasEvidence = CitationReader.HasEvidence(sentence);
    }

    // A paragraph's turns and tweets are read once, kept on its first sentence, and filtered for each sentence.
    private static BlockTurns Turns(AnalyzedDocument document, Sentence sentence)
    {
        var first = document.SentencesByBlock[sentence.Block.Index][0];
        return document.GetOrCreate(first, document, static (d, s) => ReadBlockTurns(d, s.Block));
    }

    // A paragraph set out after a lead-in ("Greenwald wrote:") is someone else's text whole, and the lead-in names who, as
    // is a guest's paragraph under their name line in a podcast transcript (NameLineTurns) or after an interviewer's bare
    // question in an interview printed without labels (QuestionAnswerTurns); a transcript's paragraph
    // that carries on a labelled turn is its speaker's whole too (TurnContinuations), a host's without a source to credit;
    // otherwise its turns and tweets, with a mixed-case label read as a speaker's when the document is a conversation.
    private static BlockTurns ReadBlockTurns(AnalyzedDocument document, ProseBlock block)
    {
        ImmutableArray<TextSpan> whole = [TextSpan.FromBounds(0, block.Text.Length)];
        if (LedInQuotations.IsLedIn(document, block) || NameLineTurns.IsGuestTurn(document, block) || QuestionAnswerTurns.IsAnswer(document, block))
        {
            return new BlockTurns(whole, whole);
        }

        if (TurnContinuations.Continues(document, block, out var asks))
        {
            return new BlockTurns(whole, asks ? [] : whole);
        }

        return SpeakerTurns.ReadTurns(block.Text, ConversationTurns.Opens(document, block), Interviewers.Of(document).Labels);
    }

    // Most of the sentence's words stand in the turn, as a quotation's do (ClaimReader): the label that opens a turn
    // ("SMITH:") is part of its first sentence but not of the turn.
    private static bool MostlyIn(ImmutableArray<TextSpan> spoken, Sentence sentence)
    {
        if (spoken.IsEmpty)
        {
            return false;
        }

        var words = 0;
        var inTurn = 0;
        foreach (var token in sentence.Tokens)
        {
            if (!TokenSpans.IsWord(token))
            {
                continue;
            }

            words++;
            foreach (var turn in spoken)
            {
                if (turn.Contains(token.Span))
                {
                    inTurn++;
                    break;
                }
            }
        }

        return words > 0 && 2 * inTurn >= words;
    }

    /// <summary>
    /// Most of the sentence stands inside a turn whose speaker the page names (a label such as "SMITH:" or an interviewee's "A:",
    /// or the lead-in "Greenwald wrote:" before its paragraph): the words are that speaker's, as a quotation's are its
    /// tag's.
    /// </summary>
    public bool InSpokenTurn { get; }

    public Sentence Sentence => _input.Sentence;

    public ImmutableArray<Token> Tokens => _input.Tokens;

    /// <summary>The sentence's grammar, read on this request (most rules never need it).</summary>
    public SentenceGrammar Grammar => _input.Grammar;

    /// <summary>A token's label: the one its word settles alone, or else the sentence's grammar, read on this request.</summary>
    public PosLabel LabelAt(int tokenIndex) => _input.LabelAt(tokenIndex);

    /// <summary>The label a token's word settles alone, without the sentence's grammar; false when the model decides it.</summary>
    public bool TryLabelAlone(int tokenIndex, out PosLabel label) => _input.TryLabelAlone(tokenIndex, out label);

    /// <summary>The sentence's built-in lexicon matches, marked once and shared with the rules.</summary>
    public SentenceLexicons Lexicons => _input.Lexicons;

    /// <summary>Attributions in the author's own text (outside quotation marks).</summary>
    public ImmutableArray<Attribution> Attributions { get; }

    /// <summary>
    /// Attributions wholly inside a direct quotation ("Multiple sources do say that", a speaker quoting
    /// "officials said"): the quoted speaker's own unnamed source, still one the reader cannot check.
    /// </summary>
    public ImmutableArray<Attribution> QuotedAttributions => _quotedAttributions ??= AttributionReader.Read(_input, AttributionVerbs.Speech, quoted: true);

    /// <summary>Official acts ("the council approved") whose content a figure may be.</summary>
    public ImmutableArray<Attribution> OfficialActs { get; }

    /// <summary>
    /// Which words a hypothetical supposes or proposes rather than states: a condition ("If a $1 trillion tax cut were
    /// …"), its consequent ("…, it would cost 200,000 jobs"), a stated option ("Alternatively, candidates could …")
    /// (<see cref="HypotheticalReader"/>). Read on the first request.
    /// </summary>
    public Hypotheticals Hypotheticals => _hypotheticals ??= HypotheticalReader.Read(_input);

    /// <summary>A link, footnote reference or citation marker in the sentence.</summary>
    public bool HasEvidence { get; }

    /// <summary>A named source, or the author reporting their own research ("We find that …", "we estimate").</summary>
    public bool HasNamedSource => HasEvidence || Attributions.Any(IsNamedSource);

    /// <summary>The attribution names its source, or is the author reporting their own research.</summary>
    public bool IsNamedSource(Attribution attribution) =>
        attribution.Kind == AttributionKind.Named || IsAuthorsFinding(attribution);

    /// <summary>
    /// A named source that can cover a neighbouring sentence's figures. A participial attribution ("Clinton went
    /// further, saying …") is subordinate to its own sentence's claim and covers nothing beyond it. "According to X"
    /// only looks like one: it attributes its sentence as "X said" does, and covers a neighbour as that does. A relative
    /// clause's pronoun attribution ("…, which they say they intend to do") is subordinate the same way.
    /// </summary>
    public bool HasNamedSourceForNeighbours => HasEvidence || Attributions.Any(IsNeighbourSource);

    /// <summary>The attribution is one that <see cref="HasNamedSourceForNeighbours"/> counts: named, neither participial nor a relative clause's pronoun.</summary>
    public bool IsNeighbourSource(Attribution attribution) =>
        attribution.Kind == AttributionKind.Named && !IsParticipial(attribution) && !RelativeAttributions.IsPronounRelative(Tokens, attribution);

    private bool IsParticipial(Attribution attribution) =>
        Tokens[attribution.VerbStart].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Tokens[attribution.VerbStart].Is("according");

    /// <summary>
    /// The token is in the phrase of an official act named by a noun: "his request to raise $580 billion", "a
    /// resolution that would give the government 45 days" (<see cref="ActNounReader"/>).
    /// </summary>
    public bool IsActContent(int tokenIndex) => ActNounReader.IsActContent(_input, tokenIndex);

    public bool HasNamedActor => OfficialActs.Any(a => a.Kind == AttributionKind.Named);

    public bool HasVagueSource => Attributions.Any(a => a.IsVague);

    /// <summary>
    /// True when the listed impersonal frame starting at <paramref name="start"/> credits its claim to no one: not "were
    /// reported to the police", a report made to a recipient (<see cref="RecipientReports"/>). DL3002's phrases and the
    /// figure cover ask here, so the two read the frame alike.
    /// </summary>
    public bool IsImpersonalFrameAt(int start) => !RecipientReports.IsAt(this, start);

    /// <summary>
    /// "It is believed", "reportedly": a claim attributed to no one. A listed frame counts only where
    /// <see cref="IsImpersonalFrameAt"/> agrees, so the figure and claim rules refuse "were reported to the police" as DL3002 does.
    /// </summary>
    public bool HasImpersonalAttribution => _hasImpersonalAttribution ??= HasImpersonalFrame() || !UnownedReportSpans.IsEmpty;

    private bool HasImpersonalFrame()
    {
        foreach (var mark in _input.Lexicons.MarksOf(RuleLexicons.ImpersonalAttributions))
        {
            if (IsImpersonalFrameAt(mark))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence's unowned report and rumour nouns (<see cref="UnownedReports"/>: "stocks fell on rumors that …"),
    /// each from its first adjective to the carrier word: impersonal frames read by grammar, which DL3002 reports and
    /// the figure cover and the claim rule read beside the impersonal list's marks, as the list's own frames of these
    /// nouns once were. Read once here for all three; sentences without such a noun cost a look at their lexicon marks
    /// and are not tagged for it.
    /// </summary>
    public ImmutableArray<(int Start, int End)> UnownedReportSpans => _unownedReports ??= ReadUnownedReports();

    private ImmutableArray<(int Start, int End)> ReadUnownedReports() =>
        UnownedReports.AnyStart(_input.Lexicons) ? [.. UnownedReports.In(Tokens, Grammar)] : [];

    /// <summary>The sentence's semantics, made on first request and kept by the document for every rule.</summary>
    public static SentenceSemantics Of(AnalyzedDocument document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreate(sentence, document, static (d, s) => new SentenceSemantics(d, s));
    }

    public bool IsQuoted(int tokenIndex) => _input.IsQuoted(tokenIndex);

    /// <summary>The comma that closes an opening clause or "with"/"despite" phrase (<see cref="OpeningClauses"/>), or -1.</summary>
    public int OpeningClauseEnd => _openingClauseEnd ??= OpeningClauses.End(_input);

    /// <inheritdoc cref="SentenceInput.HasVerbBetween"/>
    public bool HasVerbBetween(int from, int to) => _input.HasVerbBetween(from, to);

    /// <summary>
    /// True when the token is someone else's words: inside a direct quotation, or in reported speech
    /// (after "X said", "according to X", or before a closing ", X said").
    /// </summary>
    public bool IsOthersVoice(int tokenIndex) => ReportedSpeechReader.IsOthersVoice(_input, Attributions, OpeningClauseEnd, tokenIndex);

    /// <summary>
    /// True when the token stands in a clause a reporting verb opens without "that" on a noun-phrase subject ("said some
    /// troops could"; <see cref="UnmarkedReports"/>). The hedge rules add it to <see cref="IsOthersVoice"/>.
    /// </summary>
    public bool IsInUnmarkedReport(int tokenIndex)
    {
        var answers = _unmarkedReports ??= new byte[Tokens.Length];
        if (answers[tokenIndex] == 0)
        {
            answers[tokenIndex] = UnmarkedReports.Holds(_input, tokenIndex) ? (byte)2 : (byte)1;
        }

        return answers[tokenIndex] == 2;
    }

    /// <summary>
    /// True when a hedge at the token is someone else's for the hedge rules: <see cref="IsOthersVoice"/>,
    /// <see cref="IsInUnmarkedReport"/>, before a trailing attribution closed by a weekday or an addressee
    /// (<see cref="TrailingReports"/>) or an "according to X" whose source phrase runs to the sentence's end
    /// (<see cref="AccordingToTails"/>), in the "that"-clause of an owned claim noun (<see cref="HeldNounClauses"/>:
    /// "criticism from some Democrats that …"), in the clause of a source's "suggest" or "indicate"
    /// (<see cref="SourceReadingClauses"/>: "The White House indicated that … could"), or in a sentence of speech (<see cref="IsSpoken"/>); the source and claim rules
    /// read only the first.
    /// </summary>
    public bool IsOthersHedge(int tokenIndex) =>
        IsOthersVoice(tokenIndex) || IsInUnmarkedReport(tokenIndex) || TrailingReports.Holds(Tokens, Attributions, tokenIndex)
        || AccordingToTails.Holds(_input, Attributions, tokenIndex)
        || HeldNounClauses.Holds(Tokens, tokenIndex) || SourceReadingClauses.Holds(_input, tokenIndex) || IsSpoken;

    /// <summary>
    /// True when the sentence, or the sentence before or after it in its paragraph, is in the register of speech
    /// (<see cref="SpokenRegister"/>: "And, you know, what we believe …"): a transcript's or an interview answer's. A
    /// turn runs to its paragraph's end, so past its label the next sentence of the same speaker is theirs too ("We are
    /// going to kill 20 of them this year, but – you know, enjoy them while they last. No one, I think, …"). The hedge
    /// and booster rules ask it.
    /// </summary>
    public bool IsSpoken => _spoken ??= IsSpokenAlone || IsSpokenNeighbour(_document.Previous(Sentence)) || IsSpokenNeighbour(_document.Next(Sentence));

    /// <summary>
    /// True when the token lies in a hover card scraped from The Hill (<see cref="LinkCards"/>): another page's headline,
    /// whose figures and sources are not the author's (new46). The figure and source rules ask it of each finding.
    /// </summary>
    public bool InLinkCard(int tokenIndex)
    {
        foreach (var (start, end) in _linkCards ??= LinkCards.Find(Sentence))
        {
            if (tokenIndex >= start && tokenIndex <= end)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSpokenAlone => _spokenAlone ??= SpokenRegister.Holds(_input);

    private bool IsSpokenNeighbour(Sentence? neighbour) => neighbour is not null && Of(_document, neighbour).IsSpokenAlone;

    private bool IsAuthorsFinding(Attribution attribution) =>
        attribution.Kind == AttributionKind.Author
        && WordClasses.FindingVerbs.Contains(Tokens[attribution.VerbStart].Text);
}
