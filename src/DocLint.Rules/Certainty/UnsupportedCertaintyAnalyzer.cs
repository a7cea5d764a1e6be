using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Certainty;

/// <summary>DL4001: certainty the text does not earn ("obviously", "undoubtedly", "there is no question that").</summary>
internal sealed class UnsupportedCertaintyAnalyzer : ProseAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnsupportedCertainty,
        "Unsupported certainty",
        "'{0}' asserts certainty without support; show the evidence instead",
        RuleCategories.Certainty,
        DiagnosticSeverity.Warning,
        "Boosters ask the reader to accept a claim because the author is sure of it. Evidence persuades; emphasis does not. Quotations and reported speech are exempt.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    private readonly ConfiguredLexicon _boosters = new(RuleIds.UnsupportedCertainty, static () => RuleLexicons.Boosters);

    private void Analyze(SentenceAnalysisContext context)
    {
        var lexicon = _boosters.For(context.Options);
        LexiconRule.Report(context, lexicon, Rule, static use => IsFlagged(use));
        ReportFrames(context, lexicon);
    }

    private static bool IsFlagged(LexiconUse use) =>
        !IsNegatedOrQualified(use.Tokens, use.Match) && IsSentenceAdverbUse(use)
        && !IsStatedContentMadeClear(use.Tokens, use.Match) && !IsAcquaintance(use.Tokens, use.Match)
        && !IsDoubtLeft(use.Tokens, use.Match) && IsOnVerbWhereBound(use)
        && (!use.Semantics.IsOthersVoice(use.Match.Start) || IsAuthorsAside(use)) && !use.Semantics.IsSpoken;

    // "would, of course, consider … , according to the SPLC", "Ryan, of course, as Breitbart News reported, …": a booster
    // set off by commas or dashes on both sides is the author's aside, even inside or before someone's report; the gold
    // labels none of these reported (boost46). A quotation stays the speaker's, and an aside that opens the reported
    // clause ("She said that, clearly, it could fail") stays the report's.
    private static bool IsAuthorsAside(LexiconUse use)
    {
        var (tokens, match) = (use.Tokens, use.Match);
        return !use.Semantics.IsQuoted(match.Start) && match.Start >= 1 && IsAsideMark(tokens.At(match.Start - 1))
            && IsAsideMark(tokens.At(match.End)) && (tokens.At(match.Start - 2) is not { } opener || !opener.Is("that"));
    }

    private static bool IsAsideMark(Token? token) => token is not null && (token.Text == "," || Dashes.IsEmDash(token.Text));

    // The impersonal frame with words inside ("It's become increasingly clear that", ImpersonalCertaintyFrame) and the
    // predicative frame that closes its clause ("Two things are obvious:", PredicativeCertaintyFrame), where the list has
    // no wording of them: a frame the list matches at the same words was already judged by the lexicon pass.
    private static void ReportFrames(SentenceAnalysisContext context, Lexicon lexicon)
    {
        var tokens = context.Sentence.Tokens;
        IReadOnlyList<LexiconMatch>? listed = null;
        // The predicative frame opens at its copula: only a token the copulas' lexicon marks can be one.
        var copulas = context.Lexicons.MarksOf(PredicativeCertaintyFrame.CopulaWords);
        for (var i = 0; i < tokens.Length; i++)
        {
            var end = ImpersonalCertaintyFrame.EndAt(tokens, i);
            var isPredicative = false;
            if (end < 0 && copulas.StartsAt(i))
            {
                end = PredicativeCertaintyFrame.EndAt(tokens, i);
                isPredicative = end >= 0;
            }

            if (end < 0)
            {
                continue;
            }

            listed ??= context.Lexicons.Matches(lexicon);
            if (!AnyOverlaps(listed, i, end))
            {
                var match = new LexiconMatch(i, end - i, string.Join(' ', tokens.Skip(i).Take(end - i).Select(t => t.Lower())));
                var isClaimed = !isPredicative
                    || !PredicativeCertaintyFrame.IsAwaited(tokens, i) && !IsStatedContentMadeClear(tokens, match.Start);
                if (isClaimed && IsFlagged(new LexiconUse(context, match)))
                {
                    context.ReportTokens(Rule, match.Start, match.End);
                }
            }

            i = end - 1;
        }
    }

    // A loop, not Any with a lambda: the lambda captured the loop's end, so every token of every sentence allocated
    // its closure, 7% of a plain-text run's allocated bytes (docs/performance.md, perf47).
    private static bool AnyOverlaps(IReadOnlyList<LexiconMatch> matches, int start, int end)
    {
        for (var m = 0; m < matches.Count; m++)
        {
            if (matches[m].Overlaps(start, end))
            {
                return true;
            }
        }

        return false;
    }

    // "which the order manifestly does not do", "plainly would not affect", "has demonstrably wrecked": these adverbs claim
    // the matter evident when they bear on a verb or a negation; before an adjective or a phrase they grade a quality
    // ("decidedly warmer", "manifestly illicit", "demonstrably false"), and at a clause's end they are manner ("put the
    // problem plainly"). The tag is asked only for these few entries.
    private static bool IsOnVerbWhereBound(LexiconUse use)
    {
        if (!WordClasses.VerbBoundCertaintyAdverbs.Contains(use.Match.Entry))
        {
            return true;
        }

        var next = use.Tokens.At(use.Match.End);
        if (next is null || !next.IsWord)
        {
            return false;
        }

        if (Negators.IsNegator(next.Text))
        {
            return true;
        }

        // A participle counts only in a perfect ("has demonstrably wrecked"); after a copula or alone it is a passive or
        // adjectival manner ("so plainly drawn", "Plainly put:", "plainly stated facts", "were plainly informed").
        var tag = use.Semantics.Grammar.TagAt(use.Match.End);
        return tag == PosTag.VBN
            ? use.Tokens.At(use.Match.Start - 1) is { } previous && GrammarLexicons.Default.FormsOfHave.Contains(previous.Text)
            : tag.IsVerb();
    }

    // "she left no doubt she was serious", "a solution that will leave no doubt that …": "no doubt" as the object of
    // "leave" says what the subject made plain; the certainty is theirs, not the author's.
    private static bool IsDoubtLeft(ImmutableArray<Token> tokens, LexiconMatch match) =>
        match.Entry is "no doubt" && tokens.At(match.Start - 1) is { } previous && WordClasses.DoubtLeavingVerbs.Contains(previous.Text);

    // "we all know he championed …", "We all know how that story ended": common knowledge claimed for a clause is a
    // booster; "We all know cynics", "the internet that we all know and love" name what we are acquainted with. A
    // knowledge frame (class-knowledge-frames) counts only before a clause: a subject pronoun, a name, or a word that
    // opens one (class-known-content-openers).
    private static bool IsAcquaintance(ImmutableArray<Token> tokens, LexiconMatch match)
    {
        if (!WordClasses.KnowledgeFrames.Contains(match.Entry))
        {
            return false;
        }

        var next = tokens.At(match.End);
        return next is null || !next.IsWord
            || !(next.IsCapitalized || WordClasses.SubjectPronouns.Contains(next.Text) || WordClasses.KnownContentOpeners.Contains(next.Text));
    }

    // "Border Patrol policy is clear:", "Hamilton's point is clear:", "His thesis is clear:": when the subject of the
    // "is clear:" frame is what a law or a person states (an owner's possessive, a name inside it, or a stated-content
    // head), the colon gives that content and the clarity is its own, not the author's certainty.
    private static bool IsStatedContentMadeClear(ImmutableArray<Token> tokens, LexiconMatch match) =>
        match.Entry.EndsWith(':') && IsStatedContentMadeClear(tokens, match.Start);

    // The subject before the copula at start: a stated-content head, an owner's possessive or a name.
    private static bool IsStatedContentMadeClear(ImmutableArray<Token> tokens, int start)
    {
        if (start == 0)
        {
            return false;
        }

        if (WordClasses.StatedContentNouns.Contains(tokens[start - 1].Text))
        {
            return true;
        }

        // Back to the last punctuation mark, not to SentenceGrammar's clause start: the grammar layer's clause runs on past
        // a comma to the sentence's start ("In Washington, the policy is clear:" would find the capital of "Washington"),
        // and a relative clause inside the subject opens a clause of its own ("Trump's policy that we backed is clear:"
        // would lose its owner). The two give other answers, and this rule reads no tags. The clause is the one the token
        // before the copula stands in, a mark there included (PunctuatedClause).
        var clauseStart = PunctuatedClause.StartOf(tokens, start - 1);
        for (var i = clauseStart; i < start; i++)
        {
            var isOwner = tokens[i].IsWord && Possessives.EndsWithPossessive(tokens[i].Text);
            if (isOwner || i > clauseStart && tokens[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    // "not clearly", "almost certainly", "was not obviously": the certainty is denied or softened. A comma between them
    // sets the booster off as an aside that asserts on its own ("They won't, of course, and …", "Google is not, of
    // course, the only search engine"), so the look back stops at punctuation.
    private static bool IsNegatedOrQualified(ImmutableArray<Token> tokens, LexiconMatch match)
    {
        for (var i = PunctuatedClause.StartOf(tokens, match.Start, reach: 2); i < match.Start; i++)
        {
            var word = tokens[i].Lower();
            if (Negators.IsNegator(word) || WordClasses.CertaintySofteners.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // "clearly" is certainty as a sentence adverb ("it clearly fails"); manner ("spoke clearly") and degree
    // ("clearly visible", "clearly defined") are not.
    private static bool IsSentenceAdverbUse(LexiconUse use)
    {
        var (tokens, match) = (use.Tokens, use.Match);
        if (match.Entry is not "clearly")
        {
            return true;
        }

        var previous = tokens.At(match.Start - 1);
        var next = tokens.At(match.End);
        if (next is null || next.Kind == TokenKind.Punctuation && next.Text is "." or ";" or "!" or "?")
        {
            return previous is null || previous.Kind is TokenKind.Punctuation;
        }

        var following = next.Lower();
        if (following.EndsWith("ible", StringComparison.Ordinal) || following.EndsWith("able", StringComparison.Ordinal)
            || WordClasses.MannerParticiples.Contains(following))
        {
            return false;
        }

        if (previous is null)
        {
            return true;
        }

        // "how clearly two sides can disagree", "explained more clearly": a graded manner. "argue cogently and clearly",
        // "loudly and clearly": coordinated with a manner adverb. "spoken out clearly": the manner verb stands one
        // particle back (only a particle: two words back a verb of thinking or seeing usually governs a clause whose
        // subject stands between, "I think Biden clearly won", and the booster is that clause's).
        if (WordClasses.MannerDegreeWords.Contains(previous.Text))
        {
            return false;
        }

        var before = tokens.At(match.Start - 2);
        if (before is { IsWord: true } && previous.IsWord)
        {
            // Not before an adjective: "easily and clearly lawful" grades the claim, as the booster does. The word before
            // the coordinator must be an adverb, not a noun or adjective that ends in "-ly" ("attended the rally and
            // clearly enjoyed", "thanked her family and clearly meant it": two verb phrases, the second the author's; rev33).
            var isCoordinatedManner = WordClasses.Coordinators.Contains(previous.Text)
                && before.Lower().EndsWith("ly", StringComparison.Ordinal) && use.Semantics.Grammar.TagAt(match.Start - 2).IsAdverb()
                && !use.Semantics.Grammar.TagAt(match.End).IsAdjective();
            var isMannerVerbsParticle = use.Semantics.Grammar.TagAt(match.Start - 1) == PosTag.RP && WordClasses.MannerVerbs.Contains(before.Text);
            if (isCoordinatedManner || isMannerVerbsParticle)
            {
                return false;
            }
        }

        return !WordClasses.MannerVerbs.Contains(previous.Text);
    }
}
