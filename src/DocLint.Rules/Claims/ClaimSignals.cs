using DocLint.Analysis;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Figures;

namespace DocLint.Rules.Claims;

/// <summary>
/// The one adapter between the claims rule and the shared sentence reading: everything DL5001 and the score take
/// from <see cref="SentenceReading"/> and <see cref="FigureFinder"/> passes through here, read-only, so the reading
/// can be replaced (by the semantic layer) by repointing this class alone.
/// </summary>
internal sealed class ClaimSignals
{
    private readonly SentenceReading _reading;

    private ClaimSignals(SentenceReading reading, bool hasFigure)
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
        new(SentenceReading.Of(document, sentence), !FigureFinder.Find(sentence.Tokens).IsEmpty);

    /// <summary>
    /// The names this sentence cites as sources ("Pat Robertson said" gives "robertson"; "the Justice Department announced"
    /// gives "department"): the last word of the first run of capitalised words in each named source phrase, so a person
    /// named in full once and by surname later is one source. Pronouns and uncapitalised phrases give no name.
    /// </summary>
    public IEnumerable<string> NamedSourceKeys()
    {
        foreach (var attribution in _reading.Attributions.Concat(_reading.OfficialActs))
        {
            if (attribution.Kind == AttributionKind.Named && NameIn(attribution.SourceStart, attribution.SourceEnd) is { } name)
            {
                yield return name;
            }
        }
    }

    private string? NameIn(int start, int end)
    {
        var tokens = _reading.Tokens;
        string? last = null;
        for (var i = start; i < end && i < tokens.Length; i++)
        {
            var isName = SentenceReading.IsWord(tokens[i]) && tokens[i].IsCapitalized && !WordClasses.NotNames.Contains(tokens[i].Text);
            if (isName)
            {
                last = tokens[i].Lower();
            }
            else if (last is not null)
            {
                break;
            }
        }

        return last;
    }

    /// <summary>The token is someone else's words: quoted, or reported after "X said".</summary>
    public bool IsOthersVoice(int tokenIndex) => _reading.IsOthersVoice(tokenIndex);
}
