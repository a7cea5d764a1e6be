using DocLint.Analysis;
using DocLint.Documents;
namespace DocLint.Rules.Semantics;

/// <summary>
/// The paragraphs of a document that are turns of a conversation printed as a transcript, each opened by its speaker's
/// label in any case ("Nick Gillespie: …", "Ajit Pai: …", "Gail: …", "BILL McKIBBEN: …"). The guidelines read a turn as
/// the speaker's words, a quotation. A label in capitals is a speaker's anywhere (<c>SpeakerTurns</c>); a label in mixed
/// case is as often a section's ("Consider:", "Photos:", "Update:"), so <c>SpeakerTurns</c> reads one as a speaker's only
/// when this says the document is a conversation: two or more labels, one of them opening two or more paragraphs (a
/// speaker speaks again). Read once per document, by the semantic layer and by DL2001.
/// </summary>
internal sealed class ConversationTurns
{
    /// <summary>The fewest different labels that make a conversation.</summary>
    private const int MinSpeakers = 2;

    private readonly HashSet<int> _turnBlocks;

    private ConversationTurns(HashSet<int> turnBlocks) => _turnBlocks = turnBlocks;

    /// <summary>True when the block opens with a speaker's label in a document that is a conversation.</summary>
    public static bool Opens(AnalyzedDocument document, ProseBlock block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        return document.GetOrCreateForDocument(static d => Read(d))?._turnBlocks.Contains(block.Index) ?? false;
    }

    private static ConversationTurns Read(AnalyzedDocument document)
    {
        var labelled = ParagraphLabels.Of(document).Openers;
        var conversation = IsConversation(labelled.Select(turn => turn.Label));
        return new ConversationTurns(conversation ? labelled.Select(turn => turn.Block).ToHashSet() : []);
    }

    /// <summary>
    /// True when the labels, one per turn, are two or more speakers with one speaking again. "One: … Two: … Ten:"
    /// numbers a list, and a page's "Read: …" links repeat one label: neither is a conversation. <see
    /// cref="TurnContinuations"/> asks the same of a transcript's labels.
    /// </summary>
    internal static bool IsConversation(IEnumerable<string> labels)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        return counts.Count >= MinSpeakers && counts.Values.Any(count => count > 1);
    }
}
