using DocLint.Analysis;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The speakers of a transcript who ask: a host or interviewer ("AMY GOODMAN:", "Bluey:", "DS:") hands each turn over
/// with a question, a guest answers. Their turns are the outlet's own voice (a host reads the news, introduces a guest),
/// so the claim reader credits no source to them; in a conversation printed in mixed case the asker wrote it up, and
/// their turns are not read as quotations at all (<see cref="SpeakerTurns"/>). A speaker asks when at
/// least a third of their turns end on a question mark: a guest's rhetorical question ends a turn now and then, a host's
/// hand-over ends most. Read once per document.
/// </summary>
internal sealed class Interviewers
{
    /// <summary>The share of a speaker's turns that end on a question and make them the one who asks.</summary>
    private const double AskingShare = 1.0 / 3;

    private Interviewers(IReadOnlySet<string> labels) => Labels = labels;

    public IReadOnlySet<string> Labels { get; }

    public static Interviewers Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreateForDocument(static d => Read(d)) ?? new Interviewers(new HashSet<string>());
    }

    private static Interviewers Read(AnalyzedDocument document)
    {
        var turns = new Dictionary<string, (int Turns, int Questions)>(StringComparer.Ordinal);
        foreach (var (label, endsOnQuestion) in ParagraphLabels.Of(document).Turns)
        {
            var (count, questions) = turns.GetValueOrDefault(label);
            turns[label] = (count + 1, questions + (endsOnQuestion ? 1 : 0));
        }

        var askers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, (count, questions)) in turns)
        {
            if (questions > 0 && questions >= AskingShare * count)
            {
                askers.Add(label);
            }
        }

        return new Interviewers(askers);
    }
}
