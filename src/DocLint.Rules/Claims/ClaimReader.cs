using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;
using DocLint.Scoring;

namespace DocLint.Rules.Claims;

/// <summary>
/// Reads a document's sentences as claims, in order, once: which sentences assert something checkable in the
/// author's voice, and whether the sentence, its paragraph, or a source named earlier and plainly referred back to
/// supports each one. The definition is in rules/SCORE.md ("What counts as a claim").
/// </summary>
internal static class ClaimReader
{
    private const int MinimumWords = 5;

    /// <summary>The tokens that make a sentence's opening, where a modal of advice governs the main clause.</summary>
    private const int PrescriptiveOpening = 8;

    /// <summary>
    /// A block longer than this has lost its paragraph breaks (a scraped post): a named source then reaches only
    /// <see cref="LostBreaksReach"/> sentences either side, not the whole text.
    /// </summary>
    private const int ParagraphSentences = 5;

    private const int LostBreaksReach = 1;

    /// <summary>A sentence at least this much inside quotation marks is a quotation, not the author's assertion.</summary>
    private const double QuotationShare = 0.5;

    private const double BaseWeight = 1.0;
    private const double FigureWeight = 0.5;

    /// <summary>
    /// Reads every sentence of the document. <paramref name="leftOut"/>, when given, collects the claims left out of the
    /// count (a figure left to its dataset, a claim left to the statement beside it in a block that lost its breaks): the
    /// reading sees them as claims but records them as <see cref="ClaimFacts.None"/>, so a detector's recall can tell them
    /// from sentences it did not take for claims.
    /// </summary>
    public static ImmutableArray<(Sentence Sentence, ClaimFacts Claim)> Read(AnalyzedDocument document, ICollection<Sentence>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = ImmutableArray.CreateBuilder<(Sentence, ClaimFacts)>();
        var sourceNamedEarlier = false;
        var sourcesNamed = new HashSet<string>(StringComparer.Ordinal);
        var citedAcronyms = new HashSet<string>(StringComparer.Ordinal);
        var previousIntroducesQuotation = false;
        var quotationCarries = false;
        foreach (var block in document.Document.Blocks)
        {
            var sentences = document.SentencesByBlock[block.Index];
            // Headings restate the body; table cells are counted through their findings.
            if (block.Kind is ProseBlockKind.Heading or ProseBlockKind.TableCell)
            {
                foreach (var s in sentences)
                {
                    result.Add((s, ClaimFacts.None));
                }

                quotationCarries = false;
                continue;
            }

            // Loops, not LINQ: this runs for every block of every document (a third of a plain-text lint, issue 11).
            var signals = new ClaimSignals[sentences.Length];
            var reaches = new bool[sentences.Length];
            var named = new bool[sentences.Length];
            // Asked again for the acronyms the block cites: read once.
            var speakers = new bool?[sentences.Length];
            var anyNamed = false;
            for (var i = 0; i < sentences.Length; i++)
            {
                signals[i] = ClaimSignals.Of(document, sentences[i]);
                reaches[i] = signals[i].HasNamedStatement || (speakers[i] = HasNamedSpeaker(sentences[i], signals[i])).Value || DatasetMentions.Names(sentences[i], signals[i].Lexicons);
                named[i] = reaches[i] || signals[i].HasNamedSource || signals[i].HasDocumentSubject(IsFiniteVerb);
                anyNamed |= named[i];
            }

            var reach = sentences.Length <= ParagraphSentences ? ParagraphSentences : LostBreaksReach;
            // "Trump wrote:" followed by the tweet: the quoted block is the named speaker's, and so is each block after it
            // that opens with a quotation, while the block before ended on one (a statement quoted over several paragraphs).
            var introduced = previousIntroducesQuotation;
            var carried = quotationCarries && sentences.Length > 0 && IsQuotation(sentences[0]);
            // A quotation that runs over several sentences is one speaker's, however far its tag sits from the last of them,
            // and one claim about what they said: the sentences that continue it are not counted again.
            var inQuotation = false;
            var quotationHasSpeaker = false;
            for (var i = 0; i < sentences.Length; i++)
            {
                var sentence = sentences[i];
                var first = Math.Max(0, i - reach);
                var continues = inQuotation && ContinuesQuotation(sentence);
                var byNeighbours = reaches.AsSpan(first, Math.Min(sentences.Length, i + reach + 1) - first).Contains(true);
                var quotation = IsQuotation(sentence);
                // A turn under its speaker's label, or the paragraph after a lead-in, is that speaker's, as a quotation
                // is its tag's: sourced by the label, and never left to a statement beside it.
                var spoken = signals[i].InSpokenTurn;
                var nearby = spoken || introduced || (carried && quotation) || (continues && quotationHasSpeaker) || byNeighbours;
                inQuotation = quotation || continues;
                quotationHasSpeaker = inQuotation && (named[i] || nearby);
                // The checks that read no tags come first: whether a sentence reads as a claim takes its grammar.
                if (continues || (sentences.Length == 1 && IsTitleLine(sentence)))
                {
                    result.Add((sentence, ClaimFacts.None));
                    continue;
                }

                var refersBack = sourceNamedEarlier && signals[i].Lexicons.Any(ClaimLexicons.BackReferences);
                // A claim only a named statement beside it sources, with no source of its own, is left out of the count,
                // like a figure left to its dataset: neither sourced nor unsourced, so adding one can never raise the score.
                // In a paragraph it is the author's sentence beside someone's statement (background, or a comment on it),
                // which readers neither credit to the speaker nor count as a bare assertion; a quotation there continues
                // the speaker's words and stays theirs. A block that lost its paragraph breaks (a scraped post) gives no
                // sign where an excerpt ends, and readers do not credit quoted posts to their handles: there no claim is
                // credited to the sentence beside it.
                var besideStatement = !spoken && (reach == LostBreaksReach || !quotation) && byNeighbours && !named[i] && !introduced && !(carried && quotation)
                    && Status(named: false, quotation, signals[i], namedNearby: false, refersBack, citedAcronyms) != ClaimStatus.Sourced;
                // Left out or no claim at all, such a sentence counts for nothing: only a caller that collects the claims
                // left out needs to know which, so only then is it read as a claim.
                if ((besideStatement && leftOut is null) || !IsClaim(sentence, signals[i])
                    || ListLeadIns.IsLeadIn(document.Document.Blocks, block, sentence, i == sentences.Length - 1))
                {
                    result.Add((sentence, ClaimFacts.None));
                    continue;
                }

                var status = Status(named[i], quotation, signals[i], nearby, refersBack, citedAcronyms);
                // A data report names its dataset once and then gives its figures: readers credit them to it, and the
                // guidelines make such figures borderline. A figure claim after a named dataset with no source of its
                // own is left out of the count, neither sourced nor unsourced, so adding one can never raise the score.
                if (status == ClaimStatus.Unsourced && signals[i].HasFigure && DatasetMentions.Covers(document, sentence, DatasetReach.Section))
                {
                    result.Add((sentence, ClaimFacts.None));
                    leftOut?.Add(sentence);
                    continue;
                }

                if (besideStatement)
                {
                    result.Add((sentence, ClaimFacts.None));
                    leftOut?.Add(sentence);
                    continue;
                }

                var weight = BaseWeight + (signals[i].HasFigure ? FigureWeight : 0);
                var newSources = status == ClaimStatus.Sourced ? signals[i].CountNewSourceKeys(sourcesNamed) : 0;
                result.Add((sentence, new ClaimFacts(status, weight, signals[i].HasFigure) { NewSources = newSources, SourcedOnlyNearby = status == ClaimStatus.Sourced && !named[i] }));
            }

            sourceNamedEarlier |= anyNamed;
            for (var i = 0; i < sentences.Length; i++)
            {
                signals[i].AddCitedAcronyms(citedAcronyms, opensWithSpeaker: StartsWithName(sentences[i].Tokens) && (speakers[i] ?? HasNamedSpeaker(sentences[i], signals[i])));
            }

            previousIntroducesQuotation = block.Text.AsSpan().TrimEnd().EndsWith(':') && named.Length > 0 && named[^1];
            quotationCarries = (introduced || carried) && sentences.Length > 0 && IsQuotation(sentences[^1]);
        }

        return result.ToImmutable();
    }

    private static ClaimStatus Status(bool named, bool quotation, ClaimSignals signals, bool namedNearby, bool refersBack, IReadOnlySet<string> citedAcronyms)
    {
        if (named || namedNearby)
        {
            return ClaimStatus.Sourced;
        }

        // Someone's words with no speaker anywhere near: the reader cannot tell whose they are.
        if (quotation)
        {
            return ClaimStatus.VaguelySourced;
        }

        // "The study also found…", "according to the data": a source named earlier, plainly referred back to.
        if (refersBack || signals.MentionsAny(citedAcronyms))
        {
            return ClaimStatus.Sourced;
        }

        return signals.HasVagueSource ? ClaimStatus.VaguelySourced : ClaimStatus.Unsourced;
    }

    /// <summary>
    /// A declarative sentence of some length with a verb, not a question, an instruction, page furniture, or the
    /// author's marked opinion or advice.
    /// </summary>
    public static bool IsClaim(Sentence sentence, ClaimSignals signals)
    {
        var tokens = sentence.Tokens;
        var words = 0;
        foreach (var token in tokens)
        {
            words += TokenSpans.IsWord(token) ? 1 : 0;
        }

        if (words < MinimumWords || IsQuestion(tokens))
        {
            return false;
        }

        var lexicons = signals.Lexicons;
        if (lexicons.LongestMatchAt(ClaimLexicons.InstructionOpeners, TokenSpans.FirstWord(tokens), out _) > 0
            || lexicons.Any(ClaimLexicons.Furniture))
        {
            return false;
        }

        // "I think", "we must", "should": the author's view or advice, unless it is someone else's words.
        foreach (var start in lexicons.MarksOf(ClaimLexicons.OpinionMarkers))
        {
            if (!signals.IsOthersVoice(start))
            {
                return false;
            }
        }

        // "We must act", "Congress should pass it": advice when the modal sits in the opening words (the main clause);
        // "…so she doesn't have to worry" later in a sentence does not make the whole sentence advice.
        foreach (var start in lexicons.MarksOf(ClaimLexicons.Prescriptive))
        {
            if (start < PrescriptiveOpening && !signals.IsOthersVoice(start))
            {
                return false;
            }
        }

        // "…is dangerous and wrong": a judgement, not a claim a reader could check; a figure makes it checkable again.
        return signals.ReadsAsClause(ClaimLexicons.FiniteVerbs, IsPastForm) && (signals.HasFigure || !signals.EndsOnJudgement());
    }

    /// <summary>A line alone in its block with no closing punctuation: a title, a caption, a related-story link.</summary>
    private static bool IsTitleLine(Sentence sentence)
    {
        // The last token that is not a quotation mark or closing bracket; a sentence of none of them is no title.
        var tokens = sentence.Tokens;
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (tokens[i].Kind != TokenKind.Quote && tokens[i].Text is not (")" or "]"))
            {
                return tokens[i].Text is not ("." or "!" or "?" or ":" or ";");
            }
        }

        return false;
    }

    private static bool IsQuestion(ImmutableArray<Token> tokens)
    {
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            // "…in stock.? ?": a question mark after closing punctuation is a curly quote a conversion lost, not a question.
            var lostQuote = tokens[i].Text == "?" && i > 0 && tokens[i - 1].Text is "." or "," or "!" or "?";
            if (tokens[i].Kind != TokenKind.Quote && tokens[i].Text is not (")" or "]") && !lostQuote)
            {
                return tokens[i].Text == "?";
            }
        }

        return false;
    }

    private static bool IsFiniteVerb(Token token) => ClaimLexicons.FiniteVerbs.ContainsWord(token.Text) || IsPastForm(token);

    // A word of five letters or more in "-ed", read as a past tense: the finite verbs the list does not hold.
    private static bool IsPastForm(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length >= 5 && !token.IsCapitalized && token.Text.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Khan blamed Trump…", "Trump tweeted": a named person's own public act, which names its source.</summary>
    private static bool HasNamedSpeaker(Sentence sentence, ClaimSignals signals)
    {
        var tokens = sentence.Tokens;
        // "The Government Accountability Office, which has warned since 2013…, says": a named subject opens the sentence.
        var opensWithName = StartsWithName(tokens);
        if (HasNamedAgent(sentence) || HasSpeakerTag(sentence))
        {
            return true;
        }

        foreach (var start in signals.Lexicons.MarksOf(SpeechActs.Verbs))
        {
            if (sentence.IsQuoted(tokens[start].Span))
            {
                continue;
            }

            if (opensWithName)
            {
                return true;
            }

            for (var j = start - 1; j >= Math.Max(0, start - 4); j--)
            {
                var token = tokens[j];
                if (!TokenSpans.IsWord(token) || sentence.IsQuoted(token.Span))
                {
                    break;
                }

                // "he said", "it criticizes": a pronoun speaks for the person or document named before it.
                if ((token.IsCapitalized && !WordClasses.NotNames.Contains(token.Text) && !signals.IsGroupName(j))
                    || ClaimWords.LowerIs(token, "he", "she", "it", "they"))
                {
                    return true;
                }

                // Only auxiliaries and adverbs sit between a speaker and its verb ("Trump has repeatedly said"); "…to do
                // with Islam and warned" or "Trump who had said" is no speaker of this sentence's verb.
                if (!ClaimLexicons.FiniteVerbs.ContainsWord(token.Text) && signals.TagAt(j) is not (PosTag.RB or PosTag.MD))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>"was joined by Senate Majority Leader Mitch McConnell", "signed by Gov. Smith": a passive with a named agent.</summary>
    private static bool HasNamedAgent(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Is("by") && !sentence.IsQuoted(tokens[i].Span) && tokens[i - 1].Text.EndsWith("ed", StringComparison.Ordinal)
                && TokenSpans.IsWord(tokens[i + 1]) && tokens[i + 1].IsCapitalized && !WordClasses.NotNames.Contains(tokens[i + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithName(ImmutableArray<Token> tokens)
    {
        var i = TokenSpans.FirstWord(tokens);
        if (i < tokens.Length && tokens[i].Is("the"))
        {
            i++;
        }

        // Two capitalised words ("Government Accountability", "Tim Scott") or an acronym ("GAO") make a name.
        return i + 1 < tokens.Length && TokenSpans.IsWord(tokens[i]) && tokens[i].IsCapitalized
            && ((TokenSpans.IsWord(tokens[i + 1]) && tokens[i + 1].IsCapitalized) || (tokens[i].Text.Length > 1 && LetterCase.AllUpper(tokens[i].Text)));
    }

    private static bool IsQuotation(Sentence sentence)
    {
        var words = 0;
        var quoted = 0;
        foreach (var token in sentence.Tokens)
        {
            if (TokenSpans.IsWord(token))
            {
                words++;
                quoted += sentence.IsQuoted(token.Span) ? 1 : 0;
            }
        }

        return words > 0 && quoted >= QuotationShare * words;
    }

    /// <summary>
    /// The sentence opens inside a quotation that began in an earlier sentence: its first word is quoted and no quotation
    /// mark opens before it ("The added bonus? Not only could I stay with her…").
    /// </summary>
    private static bool ContinuesQuotation(Sentence sentence)
    {
        var first = TokenSpans.FirstWord(sentence.Tokens);
        return first < sentence.Tokens.Length && first == 0 && sentence.IsQuoted(sentence.Tokens[first].Span);
    }

    /// <summary>
    /// "'…,' Biden began.", "'…,' he added.": a quotation closed by a short tag, a name or pronoun and one verb, that ends
    /// the sentence. The tag names the speaker whatever its verb, so the speech-act list need not know "began".
    /// </summary>
    private static bool HasSpeakerTag(Sentence sentence)
    {
        // The words after the last quoted word, read from the end: a tag is two or three of them, so a fourth ends the look.
        var tokens = sentence.Tokens;
        Span<int> tag = stackalloc int[3];
        var count = 0;
        var quotedFound = false;
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (!TokenSpans.IsWord(tokens[i]))
            {
                continue;
            }

            if (sentence.IsQuoted(tokens[i].Span))
            {
                quotedFound = true;
                break;
            }

            if (count == tag.Length)
            {
                return false;
            }

            tag[count++] = i;
        }

        if (!quotedFound || count < 2)
        {
            return false;
        }

        // tag[0] is the verb (the last word), the rest the speaker.
        if (tokens[tag[0]].IsCapitalized)
        {
            return false;
        }

        var allNames = true;
        for (var k = 1; k < count; k++)
        {
            var token = tokens[tag[k]];
            allNames &= token.IsCapitalized && !WordClasses.NotNames.Contains(token.Text);
        }

        return allNames || (count == 2 && ClaimWords.LowerIs(tokens[tag[1]], "he", "she", "they"));
    }
}
