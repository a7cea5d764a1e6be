using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// DL2001: a figure stated as fact with no attribution in its sentence or a neighbouring sentence of its
/// paragraph, and not on the subject of a dataset or poll named earlier in its section. DL2002: a figure whose only attribution is vague ("some estimates put the cost at…").
/// </summary>
internal sealed class UnsourcedFigureAnalyzer : ProseAnalyzer
{
    /// <summary>
    /// How far before a figure a consequent's modal may stand and still govern it ("would cost him $192.97 and $199.46",
    /// "it could make it very hard to get to 1,237"). Twelve, not six (figures27): the pool's consequent figures seven to
    /// twelve words after their modal are all unlabelled or borderline, and "of" and "the" still stop the reach.
    /// </summary>
    private const int MaxConsequenceDistance = 12;

    public static readonly DiagnosticDescriptor UnsourcedRule = new(
        RuleIds.UnsourcedFigure,
        "Unsourced figure",
        "The figure '{0}' is stated as fact with no source; attribute it in this sentence or the one before, or in a next one that points back at it",
        RuleCategories.Figures,
        DiagnosticSeverity.Warning,
        "A number invites trust it has to earn. Name the person, body or document it comes from, or link it, in its sentence or the one before, or in a next one that points back at it.");

    public static readonly DiagnosticDescriptor VaguelySourcedRule = new(
        RuleIds.VaguelySourcedFigure,
        "Figure attributed only vaguely",
        "The figure '{0}' is attributed only vaguely; name whose estimate or report it is",
        RuleCategories.Figures,
        DiagnosticSeverity.Warning,
        "'Some estimates', 'reports suggest' and 'it is estimated' give a figure the look of a source without one.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [UnsourcedRule, VaguelySourcedRule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    private static void Analyze(SentenceAnalysisContext context)
    {
        // Headings and table cells state figures that the body or a caption sources: not even looked for.
        if (context.Sentence.Block.Kind is ProseBlockKind.Heading or ProseBlockKind.TableCell)
        {
            return;
        }

        foreach (var verdict in Verdicts(context.Document, context.Sentence))
        {
            if (verdict.IsReported)
            {
                context.ReportTokens(verdict.Call == FigureCall.VaguelySourced ? VaguelySourcedRule : UnsourcedRule, verdict.Figure.Start, verdict.Figure.End);
            }
        }
    }

    /// <summary>
    /// The rule's call on each figure of a sentence: reported (DL2001/DL2002) or the first exemption that holds, in the
    /// order the rule checks them. What the rule reports is exactly the reported verdicts.
    /// </summary>
    public static ImmutableArray<FigureVerdict> Verdicts(AnalyzedDocument document, Sentence sentence)
    {
        var figures = FigureFinder.Of(document, sentence);
        if (figures.IsEmpty)
        {
            return [];
        }

        if (sentence.Block.Kind is ProseBlockKind.Heading or ProseBlockKind.TableCell)
        {
            return All(figures, FigureCall.Heading);
        }

        if (IsUnterminatedLine(document, sentence))
        {
            return All(figures, FigureCall.Line);
        }

        if (IsRelatedLink(sentence))
        {
            return All(figures, FigureCall.RelatedLink);
        }

        // A turn of a printed conversation ("Nick Gillespie: …", "Gail: …") is its speaker's words, a quotation.
        if (ConversationTurns.Opens(document, sentence.Block))
        {
            return All(figures, FigureCall.ConversationTurn);
        }

        var reading = SentenceSemantics.Of(document, sentence);
        // So is a sentence in the register of speech, or beside one in its paragraph: a transcript turn past its label
        // ("We are going to kill 20 of them this year, but – you know, enjoy them while they last"; turns46).
        if (reading.IsSpoken)
        {
            return All(figures, FigureCall.ConversationTurn);
        }

        // A link or footnote cites evidence for the whole sentence.
        if (reading.HasEvidence)
        {
            return All(figures, FigureCall.NamedSource);
        }

        var context = new SentenceContext(document, sentence, reading);
        var verdicts = ImmutableArray.CreateBuilder<FigureVerdict>(figures.Length);
        foreach (var figure in figures)
        {
            // A headline in The Hill's scraped hover card is another page's, like a related-link line (new46).
            verdicts.Add(new FigureVerdict(figure, reading.InLinkCard(figure.Start) ? FigureCall.RelatedLink : CallOn(context, figure)));
        }

        return verdicts.MoveToImmutable();
    }

    // Each figure is checked on its own: a source or act in its sentence covers only the figures that are its content
    // (AttributionCover), and the sentence-wide exemptions after it are read once, when a figure first needs them.
    private static FigureCall CallOn(SentenceContext context, Figure figure)
    {
        var (document, sentence, reading) = (context.Document, context.Sentence, context.Reading);
        var tokens = sentence.Tokens;
        // The readers below ask for the sentence's grammar only when a check needs tags; one delegate serves them all.
        Func<SentenceGrammar> grammar = () => document.Grammar(sentence);
        // An unnamed poll or study that reports the figure ("according to a recent survey, 71 percent of Americans
        // believe", "a survey of Palestinians found support … at 57 percent") is its only source: neither the respondents
        // it counts nor the survey exemption below make the figure sourced (AttributionCover.ByUnnamedStudy). Only its
        // finding: an age, a time frame's bound or a ratio's denominator in that sentence keeps them (StudyFindings).
        var unnamedStudy = reading.HasVagueSource && AttributionCover.ByUnnamedStudy(reading, figure.Start) && StudyFindings.IsFinding(tokens, figure);
        if (IsSpokenContent(reading, figure) && !unnamedStudy)
        {
            return FigureCall.NamedSource;
        }

        // So is a named poll that opens the figure's clause with a verb of its own ("A new survey from the Public Policy
        // Institute of California has Clinton in a virtual tie — 46 percent support Clinton"; PollSubjects, figures79).
        if (context.IsInNamedPoll || PollSubjects.Covers(tokens, reading.Lexicons, figure.Start))
        {
            return FigureCall.NamedPoll;
        }

        // So is a named forecaster's expectation ("Zandi expected the US economy to add 150,000 jobs"; NamedForecasts),
        // unless a vague speaker reports it ("Authorities in Ahmedabad expect to spend …, two officials told Reuters").
        if (NamedForecasts.Covers(reading, figure.Start) && !(reading.HasVagueSource && AttributionCover.ByVagueSpeaker(reading, figure.Start)))
        {
            return FigureCall.NamedSource;
        }

        // A vague speaker in the figure's own sentence who reports it ("…, officials say", "economists say", "the source
        // said") is its source, nearer than a named one in the sentence before or after, which no longer plainly covers
        // it (guidelines section 4): the figure is DL2002's. An impersonal attribution ("reportedly") names no one and
        // often points at the neighbour's source, which still covers the figure. A bare order of magnitude the author
        // states ("thousands of migrants have arrived") is the author's own estimate, not the neighbour's (RoundMagnitudes).
        if (context.IsNamedNearby && !(reading.HasVagueSource && AttributionCover.ByVagueSpeaker(reading, figure.Start))
            && !RoundMagnitudes.IsAuthorsEstimate(reading, figure))
        {
            return FigureCall.NamedNearby;
        }

        // A named body's act ("the council approved $2 million") sources its content, but not a vote tally: the result
        // of the vote that the author reports ("the House passed the bill on a 54-45 vote", "The court ruled 5-4 that"),
        // nor a count heading its own clause's subject ("were released after four Republican senators backed away"),
        // nor the toll of the actor's violence ("the Taliban set off a car bomb, killing four civilians").
        if (IsActContentOfNamedActor(reading, tokens, figure) && !VoteTallies.IsTally(tokens, figure.Start, figure.End)
            && !VoteTallies.IsDescendingPair(tokens, figure.Start, figure.End) && !OwnClauseSubjects.HeadsOwnClause(tokens, figure, grammar)
            && !TollCounts.IsToll(tokens, figure))
        {
            return FigureCall.Actor;
        }

        // A named body's own count ("the CDC has counted more than 86,000 infections", "Reuters tested five homes").
        if (RecordedCounts.IsRecorded(tokens, figure, grammar))
        {
            return FigureCall.Recorded;
        }

        // A question states nothing as fact; a survey's respondents and sample are the survey's figures, named
        // where the survey is (guidelines section 5: a data set named earlier).
        if (tokens[^1].Text == "?")
        {
            return FigureCall.Question;
        }

        if (context.IsSurveyResult && !unnamedStudy)
        {
            return FigureCall.Survey;
        }

        // A data report names its dataset or poll once and then gives its figures, which readers credit to it: the rule
        // leaves a figure on the dataset's subject when the dataset is named earlier in its paragraph, where the
        // guidelines look for its source (section 4); paragraphs back it is only borderline cover (section 5), and a
        // poll named once went on covering figures about other things. A vague attribution still gets DL2002.
        // A vague source covers the figures its verb reports, not every figure of its sentence (AttributionCover.ByVagueSource).
        var vague = context.IsVague && AttributionCover.ByVagueSource(reading, figure.Start);
        // A public body's own records ("official data shows", "according to federal estimates") cover the figure they
        // report, as a named dataset does (PublicRecords).
        if (vague && PublicRecords.Cover(reading, figure.Start))
        {
            return FigureCall.NamedSource;
        }

        if (!vague && context.IsDatasetCovered)
        {
            return FigureCall.Dataset;
        }

        if (reading.IsQuoted(figure.Start))
        {
            return FigureCall.Quoted;
        }

        if (IsPrescribed(tokens, figure.Start) || IsImperative(document, sentence, figure.Start))
        {
            return FigureCall.Prescribed;
        }

        if (ListedCounts.IsListed(tokens, figure, grammar) || NamedMembers.AreNamed(tokens, figure, grammar))
        {
            return FigureCall.Listed;
        }

        // A hypothetical's condition, its consequence and a stated option's terms are supposed, not stated
        // (HypotheticalReader: "If a candidate goes from 7 to 15 in the polls", "Alternatively, candidates could …").
        var hypotheticals = reading.Hypotheticals;
        if (hypotheticals.IsCondition(figure.Start))
        {
            return FigureCall.Supposed;
        }

        if (IsSupposedConsequence(hypotheticals, tokens, figure.Start))
        {
            return FigureCall.SupposedConsequence;
        }

        if (hypotheticals.IsOption(figure.Start))
        {
            return FigureCall.Proposed;
        }

        // How long a plan, a penalty or a wait would run ("would have funded the government for six months").
        if (ProspectiveSpans.IsSpan(tokens, figure, grammar))
        {
            return FigureCall.ProspectiveSpan;
        }

        if (!vague && (reading.IsActContent(figure.Start) || Provisions.IsProvided(tokens, figure.Start, context.Previous)
            || Provisions.IsUnderDocument(tokens, figure.Start) || RelativeProvisions.IsProvided(tokens, figure)
            || Demands.IsDemanded(tokens, figure.Start) || PlannedContents.IsPlanned(tokens, figure, grammar)))
        {
            return FigureCall.ActContent;
        }

        // The rate, amount or length a policy or ruling sets ("a 20% tariff", "sentenced to three years"), whoever set it,
        // the countries an entry ban covers ("banned travel by people from seven predominantly Muslim nations") and the
        // goods a tariff is laid on ("tariffs on $34 billion of Chinese goods").
        if (PolicyTerms.IsTerm(tokens, figure, grammar) || BannedOrigins.IsBanScope(tokens, figure)
            || TariffScopes.IsScope(tokens, figure))
        {
            return FigureCall.PolicyTerm;
        }

        return vague ? FigureCall.VaguelySourced : FigureCall.Unsourced;
    }

    // A named source's report holds the figure. So does any source phrase of a sentence that names a source: "Three
    // US officials told Bloomberg" counts the people a claim is attributed to, which the source rules judge. A vague
    // source's own count is theirs too ("two people familiar with the company's plans said": DL3xxx flags the source,
    // and no gold set labels the count a figure), but not a count its phrase describes after an "of" ("the authors of
    // another study of 117 countries"), which the gold labels.
    private static bool IsSpokenContent(SentenceSemantics reading, Figure figure)
    {
        // "He told his 916,000 Twitter followers that …": the audience's count is the author's, not the speech's.
        if (AddresseeCounts.IsAddressee(reading.Tokens, figure.Start))
        {
            return false;
        }

        if (SourcePhraseCounts.HeadsQualifiedSource(reading.Tokens, figure))
        {
            return true;
        }

        var tollOpener = DescribedTolls.OpenerOf(reading.Tokens, figure);
        foreach (var attribution in reading.Attributions)
        {
            // "more than 400 cases have been reported": the passive's subject is the report, not its source.
            if (AgentlessPassives.IsAgentless(reading.Tokens, attribution))
            {
                continue;
            }

            // "X said … an attack that injured five people": the author's description of the event the speech goes on
            // to, its clause opening after the speech's verb. A speaker after the toll reports the clause before it
            // ("…, killing four people, police said"), one inside the clause reports it ("where police said 30 people
            // were shot"), and an "according to" frames its whole sentence: all still cover it.
            if (tollOpener is { } opener && attribution.VerbEnd <= opener && !AttributionReader.IsPrepositional(reading.Tokens, attribution))
            {
                continue;
            }

            // "65 GOP lawmakers wrote", "About 600 scientists … said", "More than 40 congressional Democrats now say": a
            // crowd of ten or more heading the source phrase is the author's count of who spoke, which the gold labels;
            // "two people familiar", "three officials" number sources, and a share ("30 percent of Americans") is a poll's.
            if (figure.Start >= attribution.SourceStart && figure.Start < attribution.SourceEnd)
            {
                var count = SourcePhraseCounts.Read(reading.Tokens, attribution, figure);
                if (count == SourcePhraseCount.Crowd)
                {
                    continue;
                }

                if (reading.HasNamedSource || count == SourcePhraseCount.Speakers)
                {
                    return true;
                }
            }

            if (reading.HasNamedSource && reading.IsNamedSource(attribution) && AttributionCover.BySpeech(reading, attribution, figure.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActContentOfNamedActor(SentenceSemantics reading, ImmutableArray<Token> tokens, Figure figure)
    {
        foreach (var act in reading.OfficialActs)
        {
            if (act.Kind == AttributionKind.Named && !SourcePhraseClassifier.CountsEvents(tokens, act.SourceStart, act.SourceEnd)
                && AttributionCover.ByAct(reading, act, figure.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence-wide facts the figure checks read, each read when a figure first needs it: the neighbours'
    /// sources, a named poll, a survey, a dataset named earlier.
    /// </summary>
    private sealed class SentenceContext(AnalyzedDocument document, Sentence sentence, SentenceSemantics reading)
    {
        private bool? _isNamedNearby;
        private bool? _isInNamedPoll;
        private bool? _isSurveyResult;
        private bool? _isDatasetCovered;

        public AnalyzedDocument Document => document;

        public Sentence Sentence => sentence;

        public SentenceSemantics Reading => reading;

        /// <summary>The sentence before's tokens (empty at the start), where a pronoun's document may be named.</summary>
        public ImmutableArray<Token> Previous => document.Previous(sentence)?.Tokens ?? ImmutableArray<Token>.Empty;

        public bool IsVague => reading.HasVagueSource || reading.HasImpersonalAttribution;

        // The sentence before names a source for what follows, unless its source only holds a view (BackwardCover); the
        // one after covers the figure only when it points back to it (ForwardCover).
        public bool IsNamedNearby => _isNamedNearby ??=
            (document.Previous(sentence) is { } previous && BackwardCover.Covers(SentenceSemantics.Of(document, previous)))
            || (document.Next(sentence) is { } next && ForwardCover.Covers(SentenceSemantics.Of(document, next)));

        public bool IsInNamedPoll => _isInNamedPoll ??= PollSubjects.InSentence(sentence.Tokens);

        public bool IsSurveyResult => _isSurveyResult ??= UnsourcedFigureAnalyzer.IsSurveyResult(sentence.Tokens);

        public bool IsDatasetCovered => _isDatasetCovered ??= DatasetMentions.Covers(document, sentence, DatasetReach.Paragraph);
    }

    private static ImmutableArray<FigureVerdict> All(ImmutableArray<Figure> figures, FigureCall call)
    {
        var verdicts = ImmutableArray.CreateBuilder<FigureVerdict>(figures.Length);
        foreach (var figure in figures)
        {
            verdicts.Add(new FigureVerdict(figure, call));
        }

        return verdicts.MoveToImmutable();
    }

    /// <summary>The longest paragraph, in tokens, still read as a line of a list rather than a sentence.</summary>
    private const int MaxLineTokens = 24;

    // "Clinton 51% – Bush 43% — (46% – 39%)", "Charitable Deductions: $4.83 billion", "Oil prices plunge 25%", "Dow
    // closes at 3-year low below 20K", "24,000 deployed to Japan after the 2011 tsunami": a paragraph that is one short
    // line with no closing stop is a results list, a chart's line, a caption, a headline or a list item scraped into
    // the text, whose source is the table, poll or story it came from (guidelines section 4: list items sourced in an
    // earlier paragraph are borderline; section 5: page furniture). The article's own title is such a line, and the
    // gold sets label no title. A sentence states its figure, however short: the stop keeps "The renovation cost $4.5
    // million.", as it keeps a stop inside closing quotes ("… a \"vast seizure of power.\""), an abbreviation's stop
    // ("… of Washington D.C.") and a lead-in's colon ("Two deaths have so far been confirmed:"). (Headlines with a
    // verb were first left alone; the working set of round four showed them to be the same furniture.)
    private static bool IsUnterminatedLine(AnalyzedDocument document, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Length > MaxLineTokens || document.SentencesByBlock[sentence.Block.Index].Length != 1)
        {
            return false;
        }

        var last = tokens.Length - 1;
        while (last > 0 && tokens[last].Kind == TokenKind.Quote)
        {
            last--;
        }

        if (!IsClosingStop(tokens[last]) && tokens[last].Text != ":"
            && !(tokens[last].Kind == TokenKind.Abbreviation && tokens[last].Text.EndsWith('.')))
        {
            return true;
        }

        // Without a verb, a colon or an abbreviation still ends a label, not a sentence: "Four examples:", "5 facts
        // about partisan reactions to COVID-19 in the U.S."
        return !IsClosingStop(tokens[^1]) && IsVerbless(document.Grammar(sentence));
    }

    // The stops that close a sentence for this check. The segmenter also counts "..." (SentenceSegmenter.EndOfSentence);
    // here a line ending in "..." stays a stopless line, as it has since the check was written.
    private static bool IsClosingStop(Token token) => token.Text is "." or "!" or "?" or "\u2026";

    // By position, so the tagging stops at the first verb (SentenceGrammar.LabelAt); only a verbless line is tagged whole.
    private static bool IsVerbless(SentenceGrammar grammar)
    {
        for (var i = 0; i < grammar.Tokens.Length; i++)
        {
            if (grammar.TagAt(i).IsVerbOrModal())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most words a related-link label has ("Read more", "See also").</summary>
    private const int MaxLinkLabelWords = 2;

    // "Also see: These 3 EVs are the lowest cost to own over 5 years", "Read: 8 great 3-row SUVs priced under $40k": a
    // paragraph that opens with a related-link label and its colon is another page's headline scraped into the text
    // (guidelines section 5: related-link headlines are page furniture). Only the label's own sentence is left out: a
    // colon after other words opens the story's prose ("Case in point: The department dropped 200 investigations").
    private static bool IsRelatedLink(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (sentence.IndexInBlock != 0)
        {
            return false;
        }

        for (var colon = 1; colon <= MaxLinkLabelWords && colon < tokens.Length; colon++)
        {
            if (tokens[colon].Text == ":")
            {
                var label = colon == 1 ? tokens[0].Text : tokens[0].Text + " " + tokens[1].Text;
                return WordClasses.LinkLabels.Contains(label);
            }
        }

        return false;
    }

    // Advice and rules state what should be, not what is: "passwords should contain 12 or more characters".
    private static bool IsPrescribed(ImmutableArray<Token> tokens, int figureStart)
    {
        for (var i = figureStart - 1; i >= 0 && tokens[i].Text is not (";" or ":"); i--)
        {
            if (WordClasses.PrescriptiveModals.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "Join 40,000 readers", "…: Subscribe for $2 a month", "Keep it short—no 30-minute monologue": a clause that
    // opens on a verb's base form bids the reader do something, as advice does, and the figure in its own phrase is
    // what the reader is bidden to do or get (guidelines section 4; most are the page's own appeals, section 5's
    // furniture). The clause runs from the sentence's start or its last colon or semicolon before the figure. A comma,
    // a "that" or a finite verb between the verb and the figure hands the figure to a description the author states
    // ("Compare it to a pandemic, …, millions of Americans unemployed", "Imagine there's a mass murder of 130 people",
    // "Consider that 40 percent of …"), and the gold labels those. The tagger reads many openers as names ("Sign/NNP
    // up"): only the verb-and-particle pairs listed as appeals are taken without the tag; the others are missed, not guessed.
    private static bool IsImperative(AnalyzedDocument document, Sentence sentence, int figureStart)
    {
        var tokens = sentence.Tokens;
        var opener = 0;
        for (var i = figureStart - 1; i >= 0; i--)
        {
            if (tokens[i].Text is ":" or ";")
            {
                opener = i + 1;
                break;
            }

            // Is("that") answers as the lowered word's comparison did, without a lowered copy of every capitalised word.
            if (tokens[i].Text == "," || tokens[i].Is("that"))
            {
                return false;
            }
        }

        while (opener < figureStart && tokens[opener].Kind == TokenKind.Quote)
        {
            opener++;
        }

        // A determiner, pronoun or other word that never bids ("The", "It", "Meanwhile": class-not-names.txt) opens
        // most sentences: the grammar is read only for the others.
        if (opener >= figureStart || tokens[opener] is not { IsWord: true, IsCapitalized: true } opening
            || WordClasses.Determiners.Contains(opening.Text) || WordClasses.PersonalPronouns.Contains(opening.Text)
            || WordClasses.NotNames.Contains(opening.Text))
        {
            return false;
        }

        // "Sign up for …", "Chip in $10 or more": the tagger reads the capitalised verb before its particle as a name,
        // so a listed pair (class-appeal-openers.txt) bids without the tag.
        var grammar = document.Grammar(sentence);
        var isAppeal = WordClasses.AppealOpeners.LongestMatchAt(tokens, opener, out _) > 0;
        if (!isAppeal && grammar.TagAt(opener) != PosTag.VB)
        {
            return false;
        }

        // A past form after the opener makes it a subject ("Google/VB suspended/VBN 1,300 accounts"); an infinitive
        // or a participle goes on with the bidding ("Continue to keep about 6 feet", "Imagine the government handing
        // you a check for $52,000"). "… and we'll send you three actions" is the page's promise for doing as bidden, a
        // consequence of the bidding as "and get three actions" is, not a clause the author states.
        for (var i = opener + 1; i < figureStart; i++)
        {
            if (IsPromiseAfterBidding(tokens, i))
            {
                return true;
            }

            if (grammar.TagAt(i) is PosTag.VBD or PosTag.VBN or PosTag.VBZ or PosTag.VBP or PosTag.MD)
            {
                return false;
            }
        }

        return true;
    }

    // "Sign up and we'll send you …", "Join us and we will give you …": "and" then the page's own "we".
    private static bool IsPromiseAfterBidding(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Is("and") && tokens.At(i + 1) is { IsWord: true } subject && subject.Is("we");

    // "If 10 Hispanics vote …, he would have won 70 percent", "Had the proposal been approved, it would have allocated
    // another $250 billion", "he could collect 45 delegates if …": the consequence of a supposition is as supposed as its
    // condition. The figure is the object of the consequent's modal (class-consequence-modals), a few words after it with
    // no "of" between. A figure further on describes something that exists ("…, a key plank of the $2 trillion relief
    // package passed two weeks ago", "details of the $11.14 billion bond lawmakers approved"), as does one after "the"
    // ("authorities would still have to process the nearly 4 million people already on the waiting list"), and is still
    // reported, as is a "would" with no condition ("the bill would cost $2 billion": a forecast) and the consequent's
    // subject ("If we do nothing, 12 million more … will come").
    private static bool IsSupposedConsequence(Hypotheticals hypotheticals, ImmutableArray<Token> tokens, int figureStart)
    {
        var modal = hypotheticals.ModalOf(figureStart);
        if (!hypotheticals.IsConsequent(figureStart) || tokens[figureStart - 1].Is("the"))
        {
            return false;
        }

        // A consequent without a modal ("If convicted, each faces up to 20 years") is supposed through its clause.
        if (modal < 0)
        {
            return true;
        }

        if (figureStart - modal > MaxConsequenceDistance
            || HypotheticalReader.ModalWord(tokens[modal]) is not { } word || !WordClasses.ConsequenceModals.Contains(word))
        {
            return false;
        }

        for (var i = modal + 1; i < figureStart; i++)
        {
            if (tokens[i].Is("of"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSurveyResult(ImmutableArray<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            // The classes are case-blind: an ASCII word is asked as it stands, with the same answers as lowered, so only
            // a word with another letter is lowered (every capitalised word of a sentence with a figure was copied).
            var text = tokens[i].Text;
            var word = System.Text.Ascii.IsValid(text) ? text : text.ToLowerInvariant();
            if (WordClasses.SurveyRespondents.Contains(word) || WordClasses.SurveyParticiples.Contains(word))
            {
                return true;
            }

            if (WordClasses.SurveyNouns.Contains(word) && tokens.At(i + 1)?.Lower() is "we" or "of")
            {
                return true;
            }

            // "the margin of sampling error is ±1 percentage point", "a response rate of 71%": the survey's method.
            if (WordClasses.SurveyMethodTerms.LongestMatchAt(tokens, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
