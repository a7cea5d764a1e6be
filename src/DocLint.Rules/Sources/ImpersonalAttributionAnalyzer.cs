using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Prose;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Sources;

/// <summary>DL3002: attribution to no one ("it is believed that", "reportedly", "is said to").</summary>
internal sealed class ImpersonalAttributionAnalyzer : ProseAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ImpersonalAttribution,
        "Attribution to no one",
        "'{0}' attributes the claim to no one; say who believes, reports or estimates it",
        RuleCategories.Sources,
        DiagnosticSeverity.Warning,
        "The impersonal passive ('it is believed', 'is said to') and hearsay adverbs ('reportedly') hide who makes a claim, so the reader cannot weigh it.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    // Under doclint_genre = research the literature reports ("it has been reported") credit the reference list.
    private readonly ConfiguredLexicon _phrases = new(RuleIds.ImpersonalAttribution, ResearchSources.ImpersonalAttributionsFor);

    // Quotations are not exempt: a quoted speaker's "it is believed" is still a claim credited to no one (guidelines 3).
    private void Analyze(SentenceAnalysisContext context)
    {
        LexiconRule.Report(context, _phrases.For(context.Options), Rule,
            static use => !IsHeldBySubject(use.Tokens, use.Match) && !IsCreditedAtTheEnd(use.Semantics, use.Match)
                && !HasNamedAgent(use.Tokens, use.Match) && !HasVagueAgent(use.Semantics, use.Match)
                && !IsConsideredForAPost(use.Tokens, use.Match) && !IsReportedExpectation(use.Semantics, use.Match)
                && use.Semantics.IsImpersonalFrameAt(use.Match.Start));
        ReportUnheldExpectations(context);
        ReportUnheldJudgements(context);
        ReportUnheldTellings(context);
        ReportUnownedReports(context);
        ReportUnheldEstimates(context);
    }

    // "An estimated 12 states have seen similar fraud schemes": an estimate nobody in the sentence owns (UnheldEstimates).
    // Any source the sentence reads owns it, named or vague, before it or after ("According to the White House, an
    // estimated 44 million", "… costs an estimated $600 million …, according to a Fox News report", "Rodriguez said …
    // will cost an estimated $100"): the gold leaves those unlabelled, the vague source being labelled on its own words.
    // A link or citation owns it too, and an allowed term silences it as it does the phrases.
    private void ReportUnheldEstimates(SentenceAnalysisContext context)
    {
        var semantics = context.Semantics;
        if (GenreOptions.IsResearch(context.Options) || !semantics.Attributions.IsEmpty || semantics.HasEvidence)
        {
            return;
        }

        // UnheldEstimates.In is itself one pass over the tokens: a word filter first would only read them twice.
        var tokens = context.Sentence.Tokens;
        foreach (var (start, end) in UnheldEstimates.In(tokens))
        {
            if (!_phrases.Allows(context.Options, tokens, start, end))
            {
                Report(context, start, end);
            }
        }
    }

    // "amid reports that", "denied reports that", "rose on rumors that the bank would fail": a report or rumour noun
    // that no one owns and that carries a claim (UnownedReports), held to the phrases' tests as the tellings are: a named
    // source closing the sentence holds it, an allowed term silences it, and a listed frame at the same words is
    // reported once. Quotations and a source's reported clause are not exempt, as the listed frames this reading
    // replaces were not ("“We are gravely concerned at reports that …”", "She said she was unaware of reports that"):
    // the speaker passes on a claim credited to no one (guidelines 3; the gold labels some quoted ones, "There were
    // reports of individuals throwing 'milkshakes'", and leaves others, "“We had received reports that terrorists …”").
    // The sentence's semantics reads the nouns once (SentenceSemantics.UnownedReportSpans) for this rule, the figure
    // cover and the claim rule; sentences without such a noun cost one scan.
    private void ReportUnownedReports(SentenceAnalysisContext context)
    {
        if (GenreOptions.IsResearch(context.Options) || context.Semantics.UnownedReportSpans is not { IsEmpty: false } spans)
        {
            return;
        }

        var tokens = context.Sentence.Tokens;
        IReadOnlyList<LexiconMatch>? phrases = null;
        foreach (var (start, end) in spans)
        {
            var match = new LexiconMatch(start, end - start, tokens[end - 1].Text);
            phrases ??= context.Lexicons.Matches(_phrases.For(context.Options));
            if (Overlaps(phrases, start, end) || IsCreditedAtTheEnd(context.Semantics, match)
                || _phrases.Allows(context.Options, tokens, start, end))
            {
                continue;
            }

            Report(context, start, end);
        }
    }

    // A passive in The Hill's scraped hover card belongs to another page's headline ("Appropriators fume over reports
    // of", new46).
    private static void Report(SentenceAnalysisContext context, int start, int end)
    {
        if (!context.Semantics.InLinkCard(end - 1))
        {
            context.ReportTokens(Rule, start, end);
        }
    }

    // "We are breathlessly told it's spread", "I have often been told", "It is even said that": the writer's "we are
    // told" and the impersonal "it is said that" with adverbs inside, which the phrases list only bare or one adverb at a
    // time (UnheldTellings). Held to the phrases' tests: a named source closing the sentence holds it, an allowed term
    // silences it, and a phrase already reported at the same words ("it is widely believed") is not reported twice.
    // Sentences without "told" or a participle of saying cost a look at their lexicon marks.
    private void ReportUnheldTellings(SentenceAnalysisContext context)
    {
        var tokens = context.Sentence.Tokens;
        if (GenreOptions.IsResearch(context.Options) || !UnheldTellings.AnyStart(context.Lexicons))
        {
            return;
        }

        IReadOnlyList<LexiconMatch>? phrases = null;
        foreach (var (start, end) in UnheldTellings.In(tokens, context.Grammar))
        {
            var match = new LexiconMatch(start, end - start, tokens[end - 1].Text);
            phrases ??= context.Lexicons.Matches(_phrases.For(context.Options));
            if (Overlaps(phrases, start, end) || IsCreditedAtTheEnd(context.Semantics, match) || _phrases.Allows(context.Options, tokens, start, end))
            {
                continue;
            }

            Report(context, start, end);
        }
    }

    // "Ohio and West Virginia are all seen as key", "The movement is considered small", "Facebook was widely criticized":
    // the passive judgements the phrases do not list, read by their grammar (UnheldJudgements) and held to the phrases'
    // tests: a named agent or a named source closing the sentence holds them, an allowed term silences them, and a
    // phrase already reported at the same words is not reported twice. In a source's reported clause outside quotation
    // marks the judgement is read as that source's ("Van Hollen said … a deal perceived as reasonable"), as its forecasts
    // are. Left to the research genre's own list.
    private void ReportUnheldJudgements(SentenceAnalysisContext context)
    {
        var tokens = context.Sentence.Tokens;
        var first = GenreOptions.IsResearch(context.Options) ? -1 : UnheldJudgements.FirstParticiple(tokens, context.Lexicons);
        if (first < 0)
        {
            return;
        }

        IReadOnlyList<LexiconMatch>? phrases = null;
        foreach (var (start, end) in UnheldJudgements.In(tokens, first, context.Grammar))
        {
            var match = new LexiconMatch(start, end - start, tokens[end - 1].Text);
            // The sentence's marks for the phrases, which the phrase pass above walked, not a fresh walk of the lexicon.
            phrases ??= context.Lexicons.Matches(_phrases.For(context.Options));
            if (Overlaps(phrases, start, end) || IsInReportedClause(context.Semantics, start) || IsCreditedAtTheEnd(context.Semantics, match) || HasNamedAgent(tokens, match)
                || HasVagueAgent(context.Semantics, match) || _phrases.Allows(context.Options, tokens, start, end))
            {
                continue;
            }

            Report(context, start, end);
        }
    }

    private static bool Overlaps(IReadOnlyList<LexiconMatch> matches, int start, int end)
    {
        foreach (var match in matches)
        {
            if (match.Overlaps(start, end))
            {
                return true;
            }
        }

        return false;
    }

    // "more layoffs are expected.", "with Jon Ossoff expected to win": the passive expectations no phrase lists, held to
    // the phrases' own tests (a named source closing the sentence holds them) and left to a source whose reported clause
    // they stand in. Silenced by an allowed term in their words (ConfiguredLexicon.Allows), as the phrases are dropped by
    // one, and left to the research genre's own list.
    private void ReportUnheldExpectations(SentenceAnalysisContext context)
    {
        var tokens = context.Sentence.Tokens;
        // Every sentence passes here and few hold "expected": the reader's iterator and closure are made only for those,
        // and the reader starts at the first "expected" this scan finds, so no token is looked at twice.
        var first = GenreOptions.IsResearch(context.Options) ? -1 : IndexOfWord(tokens, "expected");
        if (first < 0)
        {
            return;
        }

        foreach (var (start, end) in UnheldExpectations.In(tokens, first, () => context.Grammar))
        {
            // In the clause a source reports ("The National Weather Service said heavy rainfall was expected") the
            // expectation is that source's; a quotation's is still the quoted speaker's claim credited to no one.
            var match = new LexiconMatch(start, end - start, "expected");
            var semantics = context.Semantics;
            if (IsInReportedClause(semantics, start) || IsCreditedAtTheEnd(semantics, match) || HasNamedAgent(tokens, match)
                || HasVagueAgent(semantics, match) || _phrases.Allows(context.Options, tokens, start, end))
            {
                continue;
            }

            Report(context, start, end);
        }
    }

    // "He notes that the planned train is expected to cut the drive", "The report noted that the law still is expected to
    // reduce the deficit", "The Daily Beast reported that Flynn's legal fees are estimated to exceed $1 million": in the
    // clause a source reports, the phrases' expectation or estimate is that source's forecast, as the unlisted passives'
    // is (ReportUnheldExpectations). Only forecasts: "Police said the man is believed to have fled" passes on a belief
    // the police do not hold themselves.
    private static bool IsReportedExpectation(SentenceSemantics semantics, LexiconMatch match) =>
        IsInReportedClause(semantics, match.Start) && HasWordOf(semantics.Tokens, match, WordClasses.ForecastParticiples);

    // Another's voice outside quotation marks: a quotation's expectation is still the quoted speaker's claim credited to no one.
    private static bool IsInReportedClause(SentenceSemantics semantics, int start) => semantics.IsOthersVoice(start) && !semantics.IsQuoted(start);

    // The first token that is the word, or -1.
    private static int IndexOfWord(ImmutableArray<Token> tokens, string word)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            // Every token of every sentence passes here (the "expected" scan): the length turns nearly all away before the
            // case-blind comparison's call (a third of a percent of a plain-text run's CPU when each token made it).
            if (tokens[i].Text.Length == word.Length && tokens[i].Is(word))
            {
                return i;
            }
        }

        return -1;
    }

    // How far after the passive its "by" agent is looked for: past the complement ("as an anti-Semite by").
    private const int AgentWindow = 10;

    // "has been described as an anti-Semite by the Southern Poverty Law Center", "is considered a terrorist group by the
    // U.S.", "we were told by the White House": the passive's own agent names who describes, considers or told it.
    // Only a passive with its verb "be" in the phrase ("reportedly paid by Democrats" names who paid, not who reported)
    // and not ending in "to" (after "is expected to" a "by" belongs to the infinitive: "is expected to be approved by
    // the Senate"). The search stops at punctuation and at words past which "by" belongs to another verb or noun
    // (class-agent-breaks: "is seen as part of efforts by North Korea"). A lower-case agent ("by many") names no one.
    private static bool HasNamedAgent(ImmutableArray<Token> tokens, LexiconMatch match)
    {
        var end = match.Start + match.Length;
        if (tokens[end - 1].Is("to") || !HasWordOf(tokens, match, WordClasses.BeVerbs))
        {
            return false;
        }

        for (var i = end; i < tokens.Length - 1 && i < end + AgentWindow; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation || WordClasses.AgentBreaks.Contains(tokens[i].Text))
            {
                return false;
            }

            if (tokens[i].Is("by"))
            {
                var agent = tokens[i + 1].Is("the") && i + 2 < tokens.Length ? tokens[i + 2] : tokens[i + 1];
                return agent.IsCapitalized;
            }
        }

        return false;
    }

    // "is seen by many as", "was acknowledged by voting experts": the attribution reader took the passive's "by" agent
    // as a vague source (AttributionReader.VagueAgentOf), which DL3001 reports on the agent's words. The claim is then
    // credited to someone, vaguely, not to no one: one warning on one phrase, the one that names who.
    private static bool HasVagueAgent(SentenceSemantics semantics, LexiconMatch match)
    {
        foreach (var attribution in semantics.Attributions)
        {
            if (attribution.IsVague && attribution.SourceStart == attribution.VerbEnd + 1
                && attribution.VerbStart >= match.Start && attribution.VerbStart < match.Start + match.Length)
            {
                return true;
            }
        }

        return false;
    }

    // A word of the class inside the match: a form of "be" (the passive's), or "expected"/"estimated" (a forecast's or an
    // estimate's: class-forecast-participles).
    private static bool HasWordOf(ImmutableArray<Token> tokens, LexiconMatch match, WordClass words)
    {
        for (var i = match.Start; i < match.Start + match.Length; i++)
        {
            if (words.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "Laura Ingraham, who has been considered for White House posts": considered as a candidate, not judged to be
    // something.
    private static bool IsConsideredForAPost(ImmutableArray<Token> tokens, LexiconMatch match)
    {
        var end = match.Start + match.Length;
        return tokens[end - 1].Is("considered") && end < tokens.Length && tokens[end].Is("for");
    }

    // "quelling what he thought to be a revolt": after a subject pronoun "thought" is the subject's own active verb, not
    // the reduced passive of "the beer company thought to be the last sponsor".
    private static bool IsHeldBySubject(ImmutableArray<Token> tokens, LexiconMatch match) =>
        match.Start > 0 && tokens[match.Start].Is("thought") && WordClasses.SubjectPronouns.Contains(tokens[match.Start - 1].Text);

    // "Obama is expected to announce …, Secretary of Homeland Security Jeh Johnson said on Saturday", "… reportedly
    // raised issues …, according to the Washington Post": a named source that closes the sentence holds the
    // expectation or the report (the trailing attribution the hedge rules read the same way). Not inside a quotation
    // ("…,” said Boehner" quotes Boehner's own "with reports that"), not a view held by many ("many believe …, she
    // said"), and not a source whose own clause follows (", Trump has said he would").
    private static bool IsCreditedAtTheEnd(SentenceSemantics semantics, LexiconMatch match)
    {
        var matchStart = match.Start;
        if (semantics.IsQuoted(matchStart) || IsHeldByMany(semantics.Tokens, matchStart))
        {
            return false;
        }

        foreach (var a in semantics.Attributions)
        {
            if (a.Kind == AttributionKind.Named && a.Start > matchStart && ReportedSpeechReader.IsTrailingAttribution(semantics.Tokens, a))
            {
                return true;
            }
        }

        return false;
    }

    // The built-in phrase at the match ("many believe", "widely believed"); a user's added phrase is never a group's.
    private static bool IsHeldByMany(ImmutableArray<Token> tokens, int matchStart)
    {
        if (RuleLexicons.ImpersonalAttributions.LongestMatchAt(tokens, matchStart, out var entry) == 0)
        {
            return false;
        }

        foreach (var word in entry!.Split(' '))
        {
            if (WordClasses.GroupHolders.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
