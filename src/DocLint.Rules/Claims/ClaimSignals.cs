using DocLint.Analysis;
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
    private readonly SentenceSemantics _reading;

    private ClaimSignals(SentenceSemantics reading, bool hasFigure)
    {
        _reading = reading;
        HasFigure = hasFigure;
    }

    /// <summary>A named person, body or document is cited, a link or footnote is given, or a named actor performs an official act.</summary>
    public bool HasNamedSource => _reading.HasNamedSource || _reading.HasNamedActor;

    /// <summary>
    /// A source that reaches the rest of its paragraph: a link or footnote, or a named source with a verb of saying
    /// ("said", "told", "according to"). "Bernie has shown that…" names its subject but sources only its own sentence.
    /// </summary>
    public bool HasNamedStatement =>
        _reading.HasEvidence
        || _reading.Attributions.Any(a => a.Kind == AttributionKind.Named
            && (ClaimLexicons.SpeechActs.ContainsWord(_reading.Tokens[a.VerbStart].Text) || _reading.Tokens[a.VerbStart].Is("according")));

    /// <summary>A vague group ("critics say") or no one in particular ("it is believed", "reportedly") is cited.</summary>
    public bool HasVagueSource => _reading.HasVagueSource || _reading.HasImpersonalAttribution;

    /// <summary>The sentence states a figure, by the same reading the figure rules (DL2xxx) use.</summary>
    public bool HasFigure { get; }

    public static ClaimSignals Of(AnalyzedDocument document, Sentence sentence) =>
        new(SentenceSemantics.Of(document, sentence), !FigureFinder.Find(sentence.Tokens).IsEmpty);

    /// <summary>
    /// The names this sentence cites as sources ("Pat Robertson said" gives "robertson"; "the Justice Department announced"
    /// gives "department"): the last word of the first run of capitalised words in each named source phrase, so a person
    /// named in full once and by surname later is one source. Pronouns and uncapitalised phrases give no name.
    /// </summary>
    public IEnumerable<string> NamedSourceKeys() => NamedSourceRuns().Select(run => run[^1].Lower());

    /// <summary>
    /// Bodies cited as sources, by the acronym a later sentence would use: as written ("the GAO said") or the initials
    /// of a name of two words or more ("The Government Accountability Office says" gives "GAO").
    /// </summary>
    public IEnumerable<string> CitedAcronyms(bool opensWithSpeaker)
    {
        // "The Government Accountability Office, which has warned since 2013 …, says": the speaker opens the sentence.
        var runs = opensWithSpeaker ? NamedSourceRuns().Append(NameIn(FirstWord(), _reading.Tokens.Length)) : NamedSourceRuns();
        foreach (var run in runs)
        {
            if (run.Count == 1 && IsAcronym(run[0]))
            {
                yield return run[0].Text;
            }
            else if (run.Count >= 2)
            {
                yield return string.Concat(run.Select(t => char.ToUpperInvariant(t.Text[0])));
            }
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
        TokenSpans.IsWord(token) && token.Text.Length >= 2 && token.Text.All(char.IsUpper) && !WordClasses.NotNames.Contains(token.Text);

    private IEnumerable<IReadOnlyList<Token>> NamedSourceRuns()
    {
        foreach (var attribution in _reading.Attributions.Concat(_reading.OfficialActs))
        {
            if (attribution.Kind == AttributionKind.Named && NameIn(attribution.SourceStart, attribution.SourceEnd) is { Count: > 0 } run)
            {
                yield return run;
            }
        }
    }

    private int FirstWord()
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
    private List<Token> NameIn(int start, int end)
    {
        var tokens = _reading.Tokens;
        var run = new List<Token>();
        var pending = new List<Token>();
        for (var i = start; i < end && i < tokens.Length; i++)
        {
            if (!TokenSpans.IsWord(tokens[i]) || !tokens[i].IsCapitalized)
            {
                if (run.Count > 0)
                {
                    break;
                }

                pending.Clear();
            }
            else if (WordClasses.NotNames.Contains(tokens[i].Text) && run.Count == 0)
            {
                // "The" opens the phrase but is no part of the name (and of no acronym).
                if (!WordClasses.Determiners.Contains(tokens[i].Lower()))
                {
                    pending.Add(tokens[i]);
                }
            }
            else
            {
                run.AddRange(pending);
                pending.Clear();
                run.Add(tokens[i]);
            }
        }

        return run;
    }

    /// <summary>The token is someone else's words: quoted, or reported after "X said".</summary>
    public bool IsOthersVoice(int tokenIndex) => _reading.IsOthersVoice(tokenIndex);
}
