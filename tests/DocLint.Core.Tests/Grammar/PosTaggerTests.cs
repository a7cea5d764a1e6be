using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

public sealed class PosTaggerTests
{
    // Sentences written for these tests, tagged by hand (Penn Treebank; see docs/grammar.md). Two rows the model
    // gets wrong are listed under "Known errors" in docs/grammar.md rather than asserted here.
    [Theory]
    [InlineData("The_DT minister_NN resigned_VBD on_IN Monday_NNP ._.")]
    [InlineData("Officials_NNS said_VBD the_DT bridge_NN would_MD reopen_VB in_IN May_NNP ._.")]
    [InlineData("The_DT results_NNS may_MD change_VB ._.")]
    [InlineData("Critics_NNS say_VBP the_DT law_NN could_MD have_VB made_VBN things_NNS worse_JJR ._.")]
    [InlineData("The_DT report_NN was_VBD released_VBN by_IN the_DT agency_NN ._.")]
    [InlineData("She_PRP didn't_VBD|RB answer_VB the_DT question_NN ._.")]
    [InlineData("It's_PRP|VBZ not_RB clear_JJ who_WP wrote_VBD the_DT letter_NN ._.")]
    [InlineData("The_DT company's_NN|POS profits_NNS rose_VBD 8_CD %_NN last_JJ year_NN ._.")]
    [InlineData("They'll_PRP|MD vote_VB on_IN the_DT proposal_NN next_JJ week_NN ._.")]
    [InlineData("Two_CD people_NNS were_VBD injured_VBN in_IN the_DT crash_NN ._.")]
    [InlineData("The_DT governor_NN signed_VBD the_DT bill_NN into_IN law_NN ._.")]
    [InlineData("Prices_NNS have_VBP risen_VBN sharply_RB this_DT year_NN ._.")]
    [InlineData("He_PRP is_VBZ expected_VBN to_TO testify_VB before_IN the_DT committee_NN ._.")]
    [InlineData("The_DT new_JJ rules_NNS take_VBP effect_NN in_IN January_NNP ._.")]
    [InlineData("The_DT judge_NN ruled_VBD that_IN the_DT evidence_NN was_VBD inadmissible_JJ ._.")]
    [InlineData("Most_JJS economists_NNS expect_VBP slower_JJR growth_NN ._.")]
    [InlineData("The_DT senator_NN did_VBD not_RB respond_VB to_TO questions_NNS ._.")]
    [InlineData("Many_JJ residents_NNS have_VBP left_VBN the_DT area_NN ._.")]
    [InlineData("The_DT president_NN will_MD travel_VB to_TO Paris_NNP on_IN Friday_NNP ._.")]
    [InlineData("Investors_NNS were_VBD worried_VBN about_IN rising_VBG interest_NN rates_NNS ._.")]
    [InlineData("The_DT team_NN has_VBZ won_VBN three_CD games_NNS in_IN a_DT row_NN ._.")]
    [InlineData("We_PRP are_VBP working_VBG with_IN local_JJ officials_NNS ._.")]
    [InlineData("The_DT storm_NN caused_VBD widespread_JJ damage_NN ._.")]
    [InlineData("The_DT court_NN rejected_VBD the_DT appeal_NN ,_, and_CC the_DT case_NN was_VBD closed_VBN ._.")]
    [InlineData("Her_PRP$ lawyer_NN declined_VBD to_TO comment_VB ._.")]
    [InlineData("There_EX is_VBZ no_DT evidence_NN of_IN fraud_NN ._.")]
    [InlineData("The_DT mayor_NN said_VBD she_PRP would_MD seek_VB a_DT second_JJ term_NN ._.")]
    [InlineData("Sales_NNS fell_VBD for_IN the_DT third_JJ straight_JJ month_NN ._.")]
    public void Tags_news_sentences_as_tagged_by_hand(string tagged)
    {
        var line = Tagged.Line(tagged);

        var labels = PosTagger.Default.Tag(line.Tokens);

        Assert.Equal(tagged, string.Join(' ', line.Tokens.Select((t, i) => $"{t.Text}_{labels[i]}")));
    }

    [Fact]
    public void Punctuation_quotes_numbers_and_symbols_take_fixed_tags()
    {
        var tokens = Tagged.Tokens("“It cost $5,000 (about 3%),” she said; the 2nd one... https://example.com");

        var labels = PosTagger.Default.Tag(tokens);

        var fixedOnes = tokens.Select((t, i) => (t, labels[i])).Where(p => !p.t.IsWord && p.t.Kind != TokenKind.Abbreviation)
            .Select(p => $"{p.t.Text}/{p.Item2}");
        Assert.Equal(["“/``", "$/$", "5,000/CD", "(/-LRB-", "3/CD", "%/NN", ")/-RRB-", ",/,", "”/''", ";/:", "2nd/JJ", ".../:", "https://example.com/NNP"], fixedOnes);
    }

    [Fact]
    public void Tagger_agrees_with_the_hand_tagged_news_sample()
    {
        var sample = HandTaggedSample.Parse(File.ReadAllText(Tagged.SamplePath()));

        var score = sample.Score(PosTagger.Default);

        // A floor under the measured accuracy (docs/grammar.md), so a worse model cannot be committed unnoticed.
        Assert.True(score.Tokens >= 400, $"the sample has {score.Tokens} tokens");
        Assert.True(score.Accuracy >= 0.95, $"accuracy {score.Accuracy:P2}; misses: {string.Join("; ", score.Misses)}");
    }

    [Fact]
    public void Tagging_is_deterministic_across_calls_and_model_loads()
    {
        var tokens = Tagged.Tokens("Officials familiar with the talks said the deal could collapse, though neither side has walked away.");
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(PosTagger.ModelResource)!;
        var reloaded = PosTagger.Load(stream);

        var first = PosTagger.Default.Tag(tokens);
        var second = PosTagger.Default.Tag(tokens);
        var fromReload = reloaded.Tag(tokens);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(first.ToArray(), fromReload.ToArray());
    }

    [Fact]
    public void A_token_that_settles_its_own_label_has_the_label_the_whole_tagging_gives_it()
    {
        var sentences = HandTaggedSample.Parse(File.ReadAllText(Tagged.SamplePath())).Sentences.Select(s => s.Tokens).ToList();
        sentences.Add(Tagged.Tokens("\"It cost $5,000 (about 3%),\" Zorblaxian officials said; the 2nd one... https://example.com"));

        var settled = 0;
        var decided = 0;
        foreach (var tokens in sentences)
        {
            var labels = PosTagger.Default.Tag(tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (PosTagger.Default.TryLabelAlone(tokens, i, SpelledAcronyms.In(tokens), out var label))
                {
                    Assert.Equal(labels[i], label);
                    settled++;
                }
                else
                {
                    decided++;
                }
            }
        }

        // Most tokens settle alone (fixed tags and the dictionary), and the model still decides some.
        Assert.True(settled > 2 * decided && decided > 50, $"{settled} settled, {decided} decided by the model");
    }

    [Fact]
    public void Punctuation_and_a_dictionary_word_settle_their_labels_alone_and_an_unknown_word_does_not()
    {
        var tokens = Tagged.Tokens("The Zorblaxians left.");

        Assert.True(PosTagger.Default.TryLabelAlone(tokens, 0, SpelledAcronyms.In(tokens), out var the));
        Assert.False(PosTagger.Default.TryLabelAlone(tokens, 1, SpelledAcronyms.In(tokens), out _));
        Assert.True(PosTagger.Default.TryLabelAlone(tokens, 3, SpelledAcronyms.In(tokens), out var period));
        Assert.Equal(new PosLabel(PosTag.DT, PosTag.None), the);
        Assert.Equal(new PosLabel(PosTag.Period, PosTag.None), period);
    }

    [Fact]
    public void The_embedded_model_is_loaded_once_and_shared()
    {
        Assert.Same(PosTagger.Default, PosTagger.Default);
        Assert.Same(PosTagger.Default, GrammarReader.Default.Tagger);
        Assert.True(PosTagger.Default.FeatureCount > 10_000);
    }

    [Fact]
    public void Model_format_round_trips_labels_dictionary_and_weights()
    {
        var labels = ImmutableArray.Create(new PosLabel(PosTag.NN, PosTag.None), new PosLabel(PosTag.VBD, PosTag.RB));
        var word = FeatureHash.Exact("didn't");
        var bias = FeatureHash.Key(0, 0);
        var model = PerceptronModel.Read(new MemoryStream(SmallModel()));

        Assert.False(model.InPlace);
        Assert.Equal(labels.ToArray(), model.Labels.ToArray());
        Assert.Equal(1, model.DictionaryLabel(word));
        Assert.Equal(-1, model.DictionaryLabel(FeatureHash.Exact("did")));
        Span<float> scores = stackalloc float[2];
        Assert.Equal(0, model.Predict([bias], scores));
        Assert.Equal(0.5f, scores[0], 3);
        Assert.Equal(-0.25f, scores[1], 3);
    }

    [Fact]
    public void A_feature_with_more_than_two_votes_reads_the_rest_from_the_spill_table()
    {
        var labels = ImmutableArray.Create(new PosLabel(PosTag.NN, PosTag.None), new PosLabel(PosTag.VB, PosTag.None), new PosLabel(PosTag.JJ, PosTag.None));
        var key = FeatureHash.Key(1, 7);
        using var stream = new MemoryStream();
        PerceptronModelWriter.Write(stream, labels, [], [(key, [((byte)0, 0.25f), ((byte)1, 0.5f), ((byte)2, 1f)])]);

        var model = PerceptronModel.Read(new MemoryStream(stream.ToArray()));

        Span<float> scores = stackalloc float[3];
        Assert.Equal(2, model.Predict([key, FeatureHash.Key(1, 8)], scores));
        Assert.Equal(1f, scores[2], 3);
    }

    [Fact]
    public void The_same_model_is_written_as_the_same_bytes()
    {
        Assert.Equal(SmallModel(), SmallModel());
    }

    [Fact]
    public void The_shipped_model_is_read_in_place_and_its_header_matches_its_size()
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(PosTagger.ModelResource)!;
        var length = stream.Length;
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        stream.Position = 0;

        var model = PerceptronModel.Read(stream);

        Assert.True(model.InPlace);
        Assert.Equal("DLPOS2\0\0"u8.ToArray(), bytes[..8]);
        Assert.Equal(length, BitConverter.ToInt64(bytes, 8));
        var layout = ModelLayout.Parse(bytes);
        Assert.Equal(64, layout.LabelCount);
        Assert.Equal(9_383, layout.DictionaryCount);
        Assert.Equal(176_091, layout.FeatureCount);
        Assert.Equal(1 << 18, layout.FeatureSlots);
        Assert.Equal(1 << 14, layout.DictionarySlots);
        model.Verify();
        Assert.Equal("DT", model.Labels[model.DictionaryLabel(FeatureHash.Exact("the"))].ToString());
        Assert.Equal("IN", model.Labels[model.DictionaryLabel(FeatureHash.Exact("of"))].ToString());
        Assert.Equal(-1, model.DictionaryLabel(FeatureHash.Exact("zzyzx")));
    }

    [Fact]
    public unsafe void A_model_in_mapped_memory_at_an_odd_address_is_read_in_place()
    {
        // Native AOT leaves the embedded model misaligned; this processor (x64 or Arm64 in CI) reads it there.
        var model = SmallModel();
        var memory = GC.AllocateArray<byte>(model.Length + 1, pinned: true);
        model.CopyTo(memory, 1);
        fixed (byte* start = &memory[1])
        {
            using var stream = new UnmanagedMemoryStream(start, model.Length);

            var read = PerceptronModel.Read(stream);

            Assert.True(read.InPlace);
            Assert.Equal(1, read.DictionaryLabel(FeatureHash.Exact("didn't")));
            Span<float> scores = stackalloc float[2];
            Assert.Equal(0, read.Predict([FeatureHash.Key(0, 0)], scores));
            Assert.Equal(-0.25f, scores[1], 3);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new MemoryStream("NOTAMODEL"u8.ToArray())));
        Assert.Equal("Not a DocLint tagger model (expected 'DLPOS2', found 'NOTAMO').", error.Message);
    }

    [Fact]
    public void A_model_that_ends_early_is_rejected_as_invalid_data()
    {
        var bytes = SmallModel();

        var error = Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new MemoryStream(bytes[..^4])));
        Assert.Equal("The tagger model ends early.", error.Message);
    }

    [Fact]
    public void A_model_with_bytes_after_its_tables_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new MemoryStream([.. SmallModel(), 0, 0])));
        Assert.Equal("The tagger model has 2 bytes after its tables.", error.Message);
    }

    [Fact]
    public void A_model_whose_header_sizes_disagree_is_rejected()
    {
        var bytes = SmallModel();
        BitConverter.GetBytes(1 << 20).CopyTo(bytes, 36); // feature slots: far more than the file holds

        var error = Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new MemoryStream(bytes)));
        Assert.StartsWith("The tagger model's header is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_naming_a_label_the_model_does_not_have_is_rejected()
    {
        var bytes = SmallModel();
        var layout = ModelLayout.Parse(bytes);
        var occupied = Enumerable.Range(0, layout.DictionarySlots).Select(i => (int)layout.DictionaryOffset + (i * 16)).Single(at => bytes[at + 4] != 0);
        bytes[occupied + 5] = 9; // Label0 of the dictionary's one word: the model has two labels

        var error = Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new MemoryStream(bytes)));
        Assert.Equal("The tagger model's dictionary table names label 9 of 2.", error.Message);
    }

    // Two labels, one dictionary word ("didn't" -> VBD|RB), one feature (the bias) with two votes.
    private static byte[] SmallModel()
    {
        var labels = ImmutableArray.Create(new PosLabel(PosTag.NN, PosTag.None), new PosLabel(PosTag.VBD, PosTag.RB));
        using var stream = new MemoryStream();
        PerceptronModelWriter.Write(stream, labels, [(FeatureHash.Exact("didn't"), (byte)1)], [(FeatureHash.Key(0, 0), [((byte)0, 0.5f), ((byte)1, -0.25f)])]);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("NN", PosTag.NN, PosTag.None)]
    [InlineData("VBD|RB", PosTag.VBD, PosTag.RB)]
    [InlineData("PRP$", PosTag.PRPS, PosTag.None)]
    [InlineData("``", PosTag.OpenQuote, PosTag.None)]
    public void Labels_read_and_print_penn_spellings(string text, object tag, object clitic) // object: PosTag is internal
    {
        Assert.True(PosLabel.TryParse(text, out var label));
        Assert.Equal(new PosLabel((PosTag)tag, (PosTag)clitic), label);
        Assert.Equal(text, label.ToString());
        Assert.False(PosLabel.TryParse("XYZ", out _));
    }
}
