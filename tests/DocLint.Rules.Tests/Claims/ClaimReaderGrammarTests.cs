using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Claims;
using DocLint.Rules.Common;
using DocLint.Rules.Figures;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Rules.Tests.Claims;

/// <summary>
/// The claim reader asks for a sentence's grammar only when a check that reads tags runs (issue 11): a sentence the
/// words alone settle is read without it, and the reading is the same whether or not the caller collects left-out claims.
/// </summary>
public sealed class ClaimReaderGrammarTests
{
    private static readonly string[] Paragraph =
    [
        "Mayor Ana Ruiz said the ferry would return in June.",
        "The ferry company lost its operating licence in March.",
        "Is the harbour safe for the thousands who cross it?",
    ];

    [Fact]
    public void A_question_and_a_sentence_left_to_the_statement_beside_it_are_read_without_their_grammar()
    {
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", SourceText.From(string.Join(' ', Paragraph) + "\n")), grammar);

        var statuses = ClaimReader.Read(document).Select(c => c.Claim.Status);

        Assert.Equal([ClaimStatus.Sourced, ClaimStatus.None, ClaimStatus.None], statuses);
        // The speaker's "Mayor" settles the group test by its dictionary tag, and "said" and "would" are on the
        // finite-verb list: no sentence is tagged.
        Assert.Empty(grammar.Read);
    }

    [Fact]
    public void Collecting_the_left_out_claims_reads_the_sentence_beside_the_statement_and_changes_no_status()
    {
        var text = SourceText.From(string.Join(' ', Paragraph) + "\n");
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text), grammar);
        var leftOut = new List<Sentence>();

        var statuses = ClaimReader.Read(document, leftOut).Select(c => c.Claim.Status);

        var without = ClaimReader.Read(new AnalyzedDocument(DocumentLoader.Parse("a.txt", text))).Select(c => c.Claim.Status);
        Assert.Equal(without, statuses);
        Assert.Equal([Paragraph[1]], leftOut.Select(s => s.Text.Trim()));
        Assert.Equal([Paragraph[1]], grammar.Read.Select(s => s.Text.Trim()));
    }

    [Fact]
    public void A_party_speaker_s_sentence_is_read_with_its_grammar_and_the_two_finite_verbs_beside_it_without()
    {
        // "seems" (the dictionary's VBZ) with "has" makes two finite verbs, read from the tags its words settle, not the
        // tagger's. "Democrats" was a group its words settle (the dictionary's NNPS) until sources28 read a party's members
        // as the party speaking (class-party-members.txt): a named source, whose sentence the source reader now tags, and
        // after a named speaker's report the hedged sentence is no author's claim (None), as after any named speaker.
        var (statuses, read) = ReadSpeakerThenHedge("Democrats");

        Assert.Equal([ClaimStatus.Sourced, ClaimStatus.None], statuses);
        Assert.Equal(["Democrats said the harbour was closed in March."], read);
    }

    // What the test above read before sources28 moved "Democrats" to the named sources, and its old name promised: a
    // plural name whose words settle it as a group ("Americans") is a vague speaker, and neither sentence's grammar is read.
    [Fact]
    public void A_sentence_whose_words_settle_its_vague_group_speaker_is_read_without_its_grammar()
    {
        var (statuses, read) = ReadSpeakerThenHedge("Americans");

        Assert.Equal([ClaimStatus.VaguelySourced, ClaimStatus.Unsourced], statuses);
        Assert.Empty(read);
    }

    // The statuses of "SPEAKER said the harbour was closed …" and a hedged sentence after it, and the sentences whose
    // grammar the claim reader read.
    private static (ClaimStatus[] Statuses, string[] Read) ReadSpeakerThenHedge(string speaker)
    {
        var text = SourceText.From(speaker + " said the harbour was closed in March. The ferry company seems slow and has no spare boats.\n");
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text), grammar);

        ClaimStatus[] statuses = [.. ClaimReader.Read(document).Select(c => c.Claim.Status)];
        return (statuses, [.. grammar.Read.Select(s => s.Text.Trim())]);
    }

    [Fact]
    public void A_source_phrase_with_a_possessive_name_after_an_unknown_one_is_a_name_without_the_sentences_grammar()
    {
        // "Quennel's" settles that the phrase names someone, not a group, though "Zorvath" before it is a word only the
        // tagger could label: the words are asked first, so the sentence ("said", "would": two finite verbs) is not tagged.
        var text = SourceText.From("Zorvath Quennel's spokesman said the ferry would return in June.\n");
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text), grammar);

        var statuses = ClaimReader.Read(document).Select(c => c.Claim.Status);

        Assert.Equal([ClaimStatus.Sourced], statuses);
        Assert.Empty(grammar.Read);
    }

    [Fact]
    public void A_figure_in_a_sentence_with_no_conditional_opener_is_checked_without_the_sentences_grammar()
    {
        var text = SourceText.From("The ferry company carried 12,000 passengers in March. If fares rise by 10 percent, fewer will travel.\n");
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text), grammar);

        var findings = new AnalyzerDriver([new UnsourcedFigureAnalyzer()]).Analyze(document, AnalyzerOptions.Empty);

        Assert.Equal(["DL2001 12,000"], findings.Select(d => $"{d.Id} {text.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)}"));
        Assert.Equal(["If fares rise by 10 percent, fewer will travel."], grammar.Read.Select(s => s.Text.Trim()));
    }

    [Fact]
    public void A_dataset_covers_a_later_sentence_through_a_shared_noun_and_only_such_a_sentence_is_tagged_for_it()
    {
        // The census sentence names a dataset about "refugees"; the third sentence shares the noun, the fourth no word.
        var text = SourceText.From("The State Department census counted 12,587 Syrian refugees in 2016. It was released on Monday. "
            + "Of the refugees, 68 were Christians. The ferry carried 300 passengers.\n");
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text), grammar);
        // The mentions are read once per document, with the grammar of the dataset and lead sentences.
        _ = DatasetMentions.Covers(document, document.Sentences[0], DatasetReach.Section);
        grammar.Clear();

        var covered = document.Sentences.Skip(2).Select(s => DatasetMentions.Covers(document, s, DatasetReach.Section)).ToList();

        Assert.Equal([true, false], covered);
        Assert.Equal(["Of the refugees, 68 were Christians."], grammar.Read.Select(s => s.Text.Trim()));
    }

    [Theory]
    [InlineData(" ", true, true)]
    [InlineData("\n\n", true, false)]
    [InlineData("\n\n", false, true)]
    public void The_paragraph_reach_ends_at_the_paragraph_and_the_section_reach_does_not(string between, bool paragraphReach, bool covered)
    {
        // The census sentence names a dataset about "refugees"; the later sentence shares the noun, in the same
        // paragraph or the next one.
        var text = SourceText.From($"The State Department census counted 12,587 Syrian refugees in 2016.{between}Of the refugees, 68 were Christians.\n");
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text));

        var reach = paragraphReach ? DatasetReach.Paragraph : DatasetReach.Section;
        Assert.Equal(covered, DatasetMentions.Covers(document, document.Sentences[1], reach));
    }

    [Fact]
    public void A_word_spelled_like_a_datasets_noun_covers_nothing_when_the_tagger_reads_it_as_another_word_class()
    {
        // The poll is about "support"; in the third sentence "support" is a verb, so nothing covers it, though it is
        // tagged to tell; as a noun it is covered.
        static bool Covers(string third)
        {
            var text = SourceText.From($"A Gallup poll found wide support in May. It was released on Monday. {third}\n");
            var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text));
            return DatasetMentions.Covers(document, document.Sentences[2], DatasetReach.Section);
        }

        Assert.Equal(PosTag.VBP, GrammarReader.Default.Read(Tagged("Voters support the tax.")).TagAt(1));
        Assert.False(Covers("Voters support the tax."));
        Assert.True(Covers("Voters gave their support."));
    }

    [Theory]
    [InlineData("A Gallup poll found wide support for the fares.", true)]
    [InlineData("A Gallup poll found wide support for the ferry.", false)]
    public void A_dataset_about_the_leads_subject_covers_the_leads_nouns_and_only_then_is_the_lead_tagged_for_it(string dataset, bool aboutLead)
    {
        // A poll about the fares the lead names makes the text a data report, so the lead's "harbour" is covered too; a
        // poll about the ferry shares no word with the title and lead, which are then not tagged to tell.
        const string lead = "The harbour raised its fares in June.";
        var text = SourceText.From($"{lead} Boats returned on Monday. {dataset} The harbour carried 300 passengers.\n");
        var grammar = new RecordingReuse();
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", text), grammar);

        var covered = DatasetMentions.Covers(document, document.Sentences[3], DatasetReach.Section);

        Assert.Equal(aboutLead, covered);
        Assert.Equal(aboutLead, grammar.Read.Any(s => s.Text.Trim() == lead));
    }

    private static ImmutableArray<Token> Tagged(string sentence) =>
        new AnalyzedDocument(DocumentLoader.Parse("s.txt", SourceText.From(sentence + "\n"))).Sentences[0].Tokens;

    /// <summary>
    /// Segments and reads grammar as the embedded reader does, recording each sentence whose grammar is tagged: every
    /// read sentence's grammar is made, untagged, as it keeps the labels its words settle alone.
    /// </summary>
    private sealed class RecordingReuse : IAnalysisReuse
    {
        private readonly List<(Sentence Sentence, SentenceGrammar Grammar)> _made = [];

        public List<Sentence> Read => [.. _made.Where(m => m.Grammar.TaggedCount > 0).Select(m => m.Sentence)];

        /// <summary>Forgets the grammars made so far.</summary>
        public void Clear() => _made.Clear();

        public ImmutableArray<Sentence> Segment(ProseBlock block, TokenTextPool pool) => SentenceSegmenter.Segment(block, pool);

        SentenceGrammar IAnalysisReuse.Read(Sentence sentence)
        {
            var grammar = GrammarReader.Default.Read(sentence);
            _made.Add((sentence, grammar));
            return grammar;
        }
    }
}
