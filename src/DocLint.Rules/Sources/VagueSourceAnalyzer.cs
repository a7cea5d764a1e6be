using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Sources;

/// <summary>DL3001: claims attributed to sources the reader cannot identify ("experts say", "sources close to").</summary>
internal sealed class VagueSourceAnalyzer : ProseAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.VagueSource,
        "Unnamed or vague source",
        "'{0}' does not name a source the reader can check; name the person, body or document",
        RuleCategories.Sources,
        DiagnosticSeverity.Warning,
        "A named person, body, document, link or footnote lets the reader weigh a claim. 'Experts', 'critics', 'officials' and 'reports' do not.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    // doclint.DL3001.additional_terms adds phrases flagged wherever they stand; allowed_terms drops built-in phrases and
    // silences any finding whose words contain an allowed term ("analysts" for a newsletter that cites them by firm).
    private readonly ConfiguredLexicon _phrases = new(RuleIds.VagueSource, static () => RuleLexicons.VagueSources);

    private void Analyze(SentenceAnalysisContext context)
    {
        var reading = context.Semantics;
        var tokens = reading.Tokens;
        var research = GenreOptions.IsResearch(context.Options);
        var reportedUpTo = -1;
        // Inside a quotation too: the guidelines count a quoted speaker's unnamed source ("Multiple sources do say").
        // In research prose a source that names no people ("Previous studies", "Some mice") is evidence, not vague.
        // Made for the first vague attribution: most sentences have none.
        List<Attribution>? vague = null;
        // A role named again ("the strategist") is as checkable as its introduction: named, it is no vague source.
        var roles = RoleMentions.Of(context.Document).In(context.Sentence);
        AddVague(ref vague, reading.Attributions, tokens, research, roles);
        AddVague(ref vague, reading.QuotedAttributions, tokens, research, roles);
        var reportedFrom = -1;
        foreach (var attribution in CollectionsMarshal.AsSpan(vague))
        {
            // One phrase may be the source of two verbs (", said the official, who added that …"): reported once. Since
            // sources67 ended a phrase before its relative clause, the second reading of it may run past the first
            // ("according to an official familiar with the talks" and "official familiar with the talks who wasn't
            // authorized to describe"): an overlap is the same source too (rev46, sources69).
            if (attribution.SourceStart < reportedUpTo && attribution.SourceEnd > reportedFrom)
            {
                continue;
            }

            // Report the source phrase, joined with its verb when they stand together ("experts say").
            var start = attribution.SourceStart;
            var end = attribution.SourceEnd;
            if (attribution.VerbEnd == attribution.SourceStart || attribution.SourceEnd == attribution.VerbStart)
            {
                start = attribution.Start;
                end = attribution.End;
            }

            // A source in The Hill's scraped hover card heads another page's headline ("Black lawmakers condemn", new46).
            if (!_phrases.Allows(context.Options, tokens, start, end) && !reading.InLinkCard(end - 1))
            {
                context.ReportTokens(Rule, start, end);
            }

            reportedFrom = start;
            reportedUpTo = Math.Max(reportedUpTo, end);
        }

        // "the strategist said" of a strategist introduced without a name ("a veteran Democratic strategist asked")
        // speaks as anonymously as the introduction did; the sentence alone cannot tell, so nothing read it as vague.
        foreach (var role in roles)
        {
            if (!role.Named && role.Start >= reportedUpTo && SpeechSpan(tokens, role) is var (start, end) && !_phrases.Allows(context.Options, tokens, start, end))
            {
                context.ReportTokens(Rule, start, end);
                reportedUpTo = end;
            }
        }

        // Distinctive phrases are vague sources even far from their verb ("a source familiar with what happened … told"),
        // and so is every phrase the user adds. A qualified source (QualifiedSources: "people familiar with") is reported
        // with the qualifier's object ("people familiar with the matter"), as a reader would mark it.
        var added = _phrases.AddedFor(context.Options);
        foreach (var match in DistinctiveMatches(context.Lexicons.Matches(_phrases.For(context.Options)), QualifiedSources.Matches(tokens.AsSpan())))
        {
            var builtIn = QualifiedSources.IsQualifiedOnly(match) || !added.Entries.Contains(match.Entry);
            if ((match.Length >= 3 || !builtIn) && match.Start >= reportedUpTo
                && !IsInSourceOf(vague, match) && !SourcePhraseClassifier.IsNamedByApposition(tokens, match.Start, match.End)
                && !(research && builtIn && ResearchSources.IsNotAPersonSource(tokens.AsSpan(match.Start, match.End - match.Start)))
                && (!QualifiedSources.IsQualifiedOnly(match) || !_phrases.Allows(context.Options, tokens, match.Start, match.End))
                && !reading.InLinkCard(match.End - 1))
            {
                context.ReportTokens(Rule, match.Start, QualifierObjects.EndOf(reading, match.End));
            }
        }
    }

    // The listed phrases and the qualified sources in the order of the sentence, one span where they overlap: "a senior
    // official with knowledge of the talks" is one source, listed ("a senior official") and qualified ("official with
    // knowledge of") at once. A merged span keeps the listed entry (its user's settings) and takes the longer end.
    // Most sentences have no qualified source: their listed matches are returned as they are, with nothing allocated.
    private static IReadOnlyList<LexiconMatch> DistinctiveMatches(IReadOnlyList<LexiconMatch> listed, List<LexiconMatch>? qualified)
    {
        if (qualified is null)
        {
            return listed;
        }

        var all = new List<LexiconMatch>(listed.Count + qualified.Count);
        all.AddRange(listed);
        all.AddRange(qualified);
        all.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<LexiconMatch>(all.Count);
        foreach (var match in all)
        {
            if (merged.Count > 0 && merged[^1] is var last && match.Start < last.End)
            {
                var entry = QualifiedSources.IsQualifiedOnly(last) ? match.Entry : last.Entry;
                merged[^1] = new LexiconMatch(last.Start, Math.Max(last.End, match.End) - last.Start, entry);
                continue;
            }

            merged.Add(match);
        }

        return merged;
    }

    // Loops, not Concat/Where/Exists with lambdas: those made two iterators, two boxed arrays and closures per sentence.
    private static void AddVague(
        ref List<Attribution>? vague, ImmutableArray<Attribution> attributions, ImmutableArray<DocLint.Prose.Token> tokens, bool research, ImmutableArray<RoleAnaphor> roles)
    {
        foreach (var a in attributions)
        {
            if (a.IsVague && !(research && ResearchSources.IsNotAPersonSource(tokens.AsSpan(a.SourceStart, a.SourceEnd - a.SourceStart)))
                && !IsNamedRole(roles, a))
            {
                (vague ??= []).Add(a);
            }
        }
    }

    private static bool IsNamedRole(ImmutableArray<RoleAnaphor> roles, Attribution attribution)
    {
        foreach (var role in roles)
        {
            if (role.Named && role.Start == attribution.SourceStart && role.End == attribution.SourceEnd)
            {
                return true;
            }
        }

        return false;
    }

    // The role joined with its verb of saying (speech-acts.txt: "said", "added", "told", "wrote", not "showed"):
    // straight after it ("the strategist said"; "reported to work" is no report), or, inverted at the clause's end, after
    // a comma or a quotation (", said the veteran Democratic strategist.") or "according to"; "Mohammed told the
    // officer" makes the role the verb's object. Null when no such verb stands there. Read here, not from the semantic
    // layer's attributions: only this rule asks, only verbs of saying count (reporting-verbs also holds "showed" and
    // "found"), and the attributions' edges at "reported to" and an object role are not shown to be these.
    private static (int Start, int End)? SpeechSpan(ImmutableArray<DocLint.Prose.Token> tokens, RoleAnaphor role)
    {
        if (role.End < tokens.Length && ReportingVerbReader.IsSpeechVerbAt(tokens, role.End) && !(role.End + 1 < tokens.Length && tokens[role.End + 1].Is("to")))
        {
            return (role.Start, role.End + 1);
        }

        if (role.End < tokens.Length && tokens[role.End].IsWord)
        {
            return null;
        }

        if (AttributionReader.FollowsAccordingTo(tokens, role.Start))
        {
            return (role.Start - 2, role.End);
        }

        var verb = role.Start - 1;
        return verb >= 0 && ReportingVerbReader.IsSpeechVerbAt(tokens, verb) && (verb == 0 || !tokens[verb - 1].IsWord) ? (verb, role.End) : null;
    }

    private static bool IsInSourceOf(List<Attribution>? vague, LexiconMatch match)
    {
        foreach (var a in CollectionsMarshal.AsSpan(vague))
        {
            if (a.SourceStart <= match.Start && a.SourceEnd >= match.End)
            {
                return true;
            }
        }

        return false;
    }
}
