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
    private readonly QuotedTokens _quoted;
    // Every sentence of a document keeps its reading to the end of the analysis, so the parts read on demand are
    // plain fields, not a Lazy object and a delegate each (about 350 bytes a sentence).
    private readonly AnalyzedDocument _document;
    private readonly SentenceInput _input;
    private bool? _hasImpersonalAttribution;
    private ImmutableArray<Attribution>? _quotedAttributions;

    private SentenceReading(Sentence sentence, AnalyzedDocument document)
    {
        Sentence = sentence;
        // The grammar is read through the document only when a source phrase needs its word classes, so most
        // sentences never pay for tagging here.
        _document = document;
        Tokens = sentence.Tokens;
        _quoted = QuotedTokens.Read(sentence);
        _input = new SentenceInput(document, sentence, _quoted);
        Attributions = AttributionReader.Read(_input, RuleLexicons.ReportingVerbs, quoted: false);
        OfficialActs = AttributionReader.Read(_input, RuleLexicons.OfficialActs, quoted: false);
        HasEvidence = CitationReader.HasEvidence(sentence);
    }

    public Sentence Sentence { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Attribution> Attributions { get; }

    /// <summary>
    /// Attributions wholly inside a direct quotation ("Multiple sources do say that", a speaker quoting
    /// "officials said"): the quoted speaker's own unnamed source, still one the reader cannot check.
    /// </summary>
    public ImmutableArray<Attribution> QuotedAttributions => _quotedAttributions ??= AttributionReader.Read(_input, RuleLexicons.ReportingVerbs, quoted: true);

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
                && ReportingVerbReader.IsVerbUse(Tokens, i, entry!) && IsWord(Tokens[i - 1]) && !WordClasses.AuthorPronouns.Contains(Tokens[i - 1].Text)
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
}
