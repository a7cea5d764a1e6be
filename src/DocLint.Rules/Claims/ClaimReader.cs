using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Rules.Common;
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

    /// <summary>A sentence this long has a verb even when it is not one the finite-verb list knows.</summary>
    private const int WordsThatMakeAClause = 8;

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

    public static ImmutableArray<(Sentence Sentence, ClaimFacts Claim)> Read(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = ImmutableArray.CreateBuilder<(Sentence, ClaimFacts)>();
        var sourceNamedEarlier = false;
        var sourcesNamed = new HashSet<string>(StringComparer.Ordinal);
        var citedAcronyms = new HashSet<string>(StringComparer.Ordinal);
        var previousIntroducesQuotation = false;
        foreach (var block in document.Document.Blocks)
        {
            var sentences = document.SentencesByBlock[block.Index];
            // Headings restate the body; table cells are counted through their findings.
            if (block.Kind is ProseBlockKind.Heading or ProseBlockKind.TableCell)
            {
                result.AddRange(sentences.Select(s => (s, ClaimFacts.None)));
                continue;
            }

            var signals = sentences.Select(s => ClaimSignals.Of(document, s)).ToArray();
            var reaches = sentences.Select((s, i) => signals[i].HasNamedStatement || HasNamedSpeaker(s) || DatasetMentions.Names(s)).ToArray();
            var named = sentences.Select((s, i) => reaches[i] || signals[i].HasNamedSource).ToArray();
            var reach = sentences.Length <= ParagraphSentences ? ParagraphSentences : LostBreaksReach;
            // "Trump wrote:" followed by the tweet: the quoted block is the named speaker's.
            var introduced = previousIntroducesQuotation;
            for (var i = 0; i < sentences.Length; i++)
            {
                var sentence = sentences[i];
                if (!IsClaim(sentence, signals[i]) || (sentences.Length == 1 && IsTitleLine(sentence)))
                {
                    result.Add((sentence, ClaimFacts.None));
                    continue;
                }

                var first = Math.Max(0, i - reach);
                var nearby = introduced || reaches.AsSpan(first, Math.Min(sentences.Length, i + reach + 1) - first).Contains(true);
                var status = Status(sentence, named[i], signals[i], nearby, sourceNamedEarlier, citedAcronyms);
                // A data report names its dataset once and then gives its figures: readers credit them to it, and the
                // guidelines make such figures borderline. A figure claim after a named dataset with no source of its
                // own is left out of the count, neither sourced nor unsourced, so adding one can never raise the score.
                if (status == ClaimStatus.Unsourced && signals[i].HasFigure && DatasetMentions.Covers(document, sentence))
                {
                    result.Add((sentence, ClaimFacts.None));
                    continue;
                }

                var weight = BaseWeight + (signals[i].HasFigure ? FigureWeight : 0);
                var newSources = status == ClaimStatus.Sourced ? signals[i].NamedSourceKeys().Count(sourcesNamed.Add) : 0;
                result.Add((sentence, new ClaimFacts(status, weight, signals[i].HasFigure) { NewSources = newSources }));
            }

            sourceNamedEarlier |= named.Any(n => n);
            citedAcronyms.UnionWith(sentences.SelectMany((s, i) => signals[i].CitedAcronyms(opensWithSpeaker: StartsWithName(s.Tokens) && HasNamedSpeaker(s))));
            previousIntroducesQuotation = block.Text.TrimEnd().EndsWith(':') && named.Length > 0 && named[^1];
        }

        return result.ToImmutable();
    }

    private static ClaimStatus Status(Sentence sentence, bool named, ClaimSignals signals, bool namedNearby, bool sourceNamedEarlier, IReadOnlySet<string> citedAcronyms)
    {
        if (named || namedNearby)
        {
            return ClaimStatus.Sourced;
        }

        // Someone's words with no speaker anywhere near: the reader cannot tell whose they are.
        if (IsQuotation(sentence))
        {
            return ClaimStatus.VaguelySourced;
        }

        // "The study also found…", "according to the data": a source named earlier, plainly referred back to.
        if ((sourceNamedEarlier && ClaimLexicons.BackReferences.Matches(sentence.Tokens).Count > 0) || signals.MentionsAny(citedAcronyms))
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
        var words = tokens.Count(TokenSpans.IsWord);
        if (words < MinimumWords || IsQuestion(tokens))
        {
            return false;
        }

        if (ClaimLexicons.InstructionOpeners.LongestMatchAt(tokens, FirstWord(tokens), out _) > 0
            || ClaimLexicons.Furniture.Matches(tokens).Count > 0)
        {
            return false;
        }

        // "I think", "we must", "should": the author's view or advice, unless it is someone else's words.
        foreach (var match in ClaimLexicons.OpinionMarkers.Matches(tokens))
        {
            if (!signals.IsOthersVoice(match.Start))
            {
                return false;
            }
        }

        // "We must act", "Congress should pass it": advice when the modal sits in the opening words (the main clause);
        // "…so she doesn't have to worry" later in a sentence does not make the whole sentence advice.
        foreach (var match in ClaimLexicons.Prescriptive.Matches(tokens))
        {
            if (match.Start < PrescriptiveOpening && !signals.IsOthersVoice(match.Start))
            {
                return false;
            }
        }

        return words >= WordsThatMakeAClause || tokens.Any(IsFiniteVerb);
    }

    /// <summary>A line alone in its block with no closing punctuation: a title, a caption, a related-story link.</summary>
    private static bool IsTitleLine(Sentence sentence)
    {
        // No such token gives the default token, whose text is null.
        var last = sentence.Tokens.LastOrDefault(t => t.Kind != TokenKind.Quote && t.Text is not (")" or "]"));
        return last.Text is not null and not ("." or "!" or "?" or ":" or ";");
    }

    private static bool IsQuestion(ImmutableArray<Token> tokens)
    {
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (tokens[i].Kind != TokenKind.Quote && tokens[i].Text is not (")" or "]"))
            {
                return tokens[i].Text == "?";
            }
        }

        return false;
    }

    private static int FirstWord(ImmutableArray<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Length && !TokenSpans.IsWord(tokens[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsFiniteVerb(Token token) =>
        ClaimLexicons.FiniteVerbs.ContainsWord(token.Text)
        || (token.Kind == TokenKind.Word && token.Text.Length >= 5 && !token.IsCapitalized && token.Text.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"Khan blamed Trump…", "Trump tweeted": a named person's own public act, which names its source.</summary>
    private static bool HasNamedSpeaker(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        // "The Government Accountability Office, which has warned since 2013…, says": a named subject opens the sentence.
        var opensWithName = StartsWithName(tokens);
        if (HasNamedAgent(sentence))
        {
            return true;
        }

        foreach (var match in ClaimLexicons.SpeechActs.Matches(tokens))
        {
            if (sentence.IsQuoted(tokens[match.Start].Span))
            {
                continue;
            }

            if (opensWithName)
            {
                return true;
            }

            for (var j = match.Start - 1; j >= Math.Max(0, match.Start - 4); j--)
            {
                var token = tokens[j];
                if (!TokenSpans.IsWord(token) || sentence.IsQuoted(token.Span))
                {
                    break;
                }

                // "he said", "it criticizes": a pronoun speaks for the person or document named before it.
                if ((token.IsCapitalized && !WordClasses.NotNames.Contains(token.Text))
                    || (j == match.Start - 1 && token.Lower() is "he" or "she" or "it" or "they"))
                {
                    return true;
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
        var i = FirstWord(tokens);
        if (i < tokens.Length && tokens[i].Is("the"))
        {
            i++;
        }

        // Two capitalised words ("Government Accountability", "Tim Scott") or an acronym ("GAO") make a name.
        return i + 1 < tokens.Length && TokenSpans.IsWord(tokens[i]) && tokens[i].IsCapitalized
            && ((TokenSpans.IsWord(tokens[i + 1]) && tokens[i + 1].IsCapitalized) || (tokens[i].Text.Length > 1 && tokens[i].Text.All(char.IsUpper)));
    }

    private static bool IsQuotation(Sentence sentence)
    {
        var words = sentence.Tokens.Where(TokenSpans.IsWord).ToList();
        return words.Count > 0 && words.Count(t => sentence.IsQuoted(t.Span)) >= QuotationShare * words.Count;
    }
}
