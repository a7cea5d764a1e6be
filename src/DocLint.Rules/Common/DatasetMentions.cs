using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Claims;

namespace DocLint.Rules.Common;

/// <summary>
/// The sentences where a document names a dataset or document ("State Department Refugee Processing Center data",
/// "the NBC/WSJ poll", "(Data: …)") and the nouns each is about. A data report names its dataset once and then gives
/// its figures: the guidelines make those figures borderline and readers credit them to it. A later sentence is
/// covered when it shares a specific noun with a sentence that named a dataset before it within the reach asked for
/// (<see cref="DatasetReach"/>), or with the document's title and lead when the dataset is about them too (a data
/// report: "12,587 Syrian refugees" … "68 of the refugees are Christians"); "the stadium will cost $2.5 billion" is
/// about something else. Read once per document; the grammar tells nouns apart.
/// </summary>
internal sealed class DatasetMentions
{
    /// <summary>The title and the lead sentence.</summary>
    private const int LeadSentences = 2;

    // Each block's section (headings seen up to it), and per section the first dataset sentence that names each noun:
    // "an earlier mention in the section shares a noun" is "some noun's first mention in the section is earlier",
    // so a sentence costs one look-up per noun, not a walk over every mention and block before it.
    // The same per paragraph (block), for the paragraph reach.
    private readonly int[] _sectionOfBlock;
    private readonly Dictionary<(int Section, string Noun), Sentence> _firstMention;
    private readonly Dictionary<(int Block, string Noun), Sentence> _firstInParagraph;

    private DatasetMentions(int[] sectionOfBlock, Dictionary<(int, string), Sentence> firstMention, Dictionary<(int, string), Sentence> firstInParagraph)
    {
        _sectionOfBlock = sectionOfBlock;
        _firstMention = firstMention;
        _firstInParagraph = firstInParagraph;
    }

    /// <summary>True when a dataset named in an earlier sentence within <paramref name="reach"/> is about this sentence's subject.</summary>
    public static bool Covers(AnalyzedDocument document, Sentence sentence, DatasetReach reach)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        // Read once per document; no closure per sentence asked about.
        var mentions = document.GetOrCreateForDocument(static d => Read(d));
        if (mentions is null || mentions._firstMention.Count == 0)
        {
            return false;
        }

        // The words first: only a word spelled like a noun an earlier dataset sentence within reach named can cover
        // the sentence, and only then is its tag read, so most sentences asked about are never tagged for this.
        var (firstMention, scope) = reach == DatasetReach.Paragraph
            ? (mentions._firstInParagraph, sentence.Block.Index)
            : (mentions._firstMention, mentions._sectionOfBlock[sentence.Block.Index]);
        var tokens = sentence.Tokens;
        SentenceGrammar? grammar = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (NounKey(tokens[i]) is { } noun && firstMention.TryGetValue((scope, noun), out var first) && IsBefore(first, sentence)
                && IsNoun((grammar ??= document.Grammar(sentence)).TagAt(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the NBC/WSJ poll", "State Department data", "(Data: …)": a dataset or document with a name.</summary>
    public static bool Names(Sentence sentence, SentenceLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(lexicons);
        var tokens = sentence.Tokens;
        foreach (var match in lexicons.Matches(ClaimLexicons.DataNouns))
        {
            if (tokens.At(match.End)?.Text == ":")
            {
                return true;
            }

            for (var j = match.Start - 1; j >= Math.Max(1, match.Start - 5); j--)
            {
                if (tokens[j].IsCapitalized && TokenSpans.IsWord(tokens[j]) && !WordClasses.NotNames.Contains(tokens[j].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A dataset sentence is about its own nouns and the document's subject, which its title and lead state.
    private static DatasetMentions Read(AnalyzedDocument document)
    {
        var datasets = document.Sentences.Where(s => Names(s, RuleLexiconSet.Of(document, s))).ToList();
        var firstMention = new Dictionary<(int, string), Sentence>();
        var firstInParagraph = new Dictionary<(int, string), Sentence>();
        var sectionOfBlock = SectionOfBlock(document);
        if (datasets.Count == 0)
        {
            return new(sectionOfBlock, firstMention, firstInParagraph);
        }

        // The words first: the title and lead's nouns are among their words spelled like nouns, so a dataset none of
        // whose nouns is spelled like one of those words cannot share a noun with them, and the title and lead are
        // tagged only when one is. Plain sets: each is read once per dataset sentence, and freezing one per document
        // (an analysis of its keys) was a hundredth of a plain-text lint. The subject's words only become keys that all
        // map to the same dataset sentence, so the set's order changes nothing.
        var lead = document.Sentences.Take(LeadSentences).ToArray();
        var leadWords = new HashSet<string>(lead.SelectMany(s => s.Tokens).Select(NounKey).OfType<string>(), StringComparer.Ordinal);
        HashSet<string>? subject = null;
        foreach (var dataset in datasets)
        {
            var section = sectionOfBlock[dataset.Block.Index];
            var own = Nouns(document.Grammar(dataset), dataset);
            var about = own.Overlaps(leadWords)
                ? About(own, subject ??= new HashSet<string>(lead.SelectMany(s => Nouns(document.Grammar(s), s)), StringComparer.Ordinal))
                : own;
            foreach (var noun in about)
            {
                firstMention.TryAdd((section, noun), dataset);
                firstInParagraph.TryAdd((dataset.Block.Index, noun), dataset);
            }
        }

        return new(sectionOfBlock, firstMention, firstInParagraph);
    }

    // A dataset about the document's subject (it shares a noun with the title or lead) makes the text a data report,
    // and the report's subject is the dataset's too; a dataset cited in passing covers only its own nouns.
    private static IEnumerable<string> About(HashSet<string> own, HashSet<string> subject) =>
        own.Overlaps(subject) ? own.Union(subject) : own;

    // A heading opens a new section: a study cited in one section does not vouch for the next one's figures.
    private static int[] SectionOfBlock(AnalyzedDocument document)
    {
        var blocks = document.Document.Blocks;
        var sections = new int[blocks.Length];
        var section = 0;
        for (var block = 0; block < blocks.Length; block++)
        {
            section += blocks[block].Kind == ProseBlockKind.Heading ? 1 : 0;
            sections[block] = section;
        }

        return sections;
    }

    private static bool IsBefore(Sentence earlier, Sentence later) =>
        later.Block.Index > earlier.Block.Index || (later.Block.Index == earlier.Block.Index && later.IndexInBlock > earlier.IndexInBlock);

    // Common nouns and plural names, lower-cased, plural "s" dropped so "refugee" meets "refugees"; names, generic and data nouns left out.
    // A plain set: it is walked or merged once, so freezing one per sentence asked about (an analysis of its keys) was waste.
    // The word test first, and then a tag the word settles alone (the tagger gives it that label whatever the sentence):
    // the grammar is read only for a candidate word it leaves open, so a sentence whose candidates all settle their tags
    // is not tagged, and one is tagged only as far as its last open candidate (this tagged the whole of every dataset
    // sentence and the lead's, perf35).
    private static HashSet<string> Nouns(SentenceGrammar grammar, Sentence sentence)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (NounKey(tokens[i]) is { } noun
                && IsNoun(grammar.SettledLabelAt(i).Tag))
            {
                nouns.Add(noun);
            }
        }

        return nouns;
    }

    // Plural names of groups ("Muslims", "Democrats") say what a sentence is about as well as common nouns do.
    private static bool IsNoun(PosTag tag) => tag is PosTag.NN or PosTag.NNS or PosTag.NNPS;

    // The word as a noun of the mentions, if tagged as one: lower-cased, a plural "s" dropped; null for a short word,
    // a generic noun or a data noun.
    private static string? NounKey(Token token)
    {
        var word = token.Lower();
        var stem = word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
        return word.Length > 2 && !WordClasses.GenericNouns.Contains(stem) && !ClaimLexicons.DataNouns.ContainsWord(word) ? stem : null;
    }
}
