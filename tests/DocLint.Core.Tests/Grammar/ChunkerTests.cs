using DocLint.Grammar;

namespace DocLint.Core.Tests.Grammar;

public sealed class ChunkerTests
{
    private static readonly Chunker Chunker = new(GrammarLexicons.Default);

    // Chunking rules over hand-given tags, so these rows test the rules and not the tagger.
    [Theory]
    [InlineData(
        "The_DT company's_NN|POS new_JJ shares_NNS fell_VBD 12_CD %_NN after_IN the_DT report_NN was_VBD published_VBN ._.",
        "[NP The company's new shares] [VG fell] [NP 12 %] after [NP the report] [VG was published] .")]
    [InlineData(
        "Critics_NNS argue_VBP that_IN the_DT measure_NN could_MD have_VB made_VBN housing_NN less_RBR affordable_JJ ._.",
        "[NP Critics] [VG argue] that [NP the measure] [VG could have made] [NP housing] less affordable .")]
    [InlineData(
        "Nearly_RB 900_CD households_NNS lost_VBD power_NN ._.",
        "[NP Nearly 900 households] [VG lost] [NP power] .")]
    [InlineData(
        "She_PRP did_VBD not_RB immediately_RB respond_VB to_TO a_DT request_NN ._.",
        "[NP She] [VG did not immediately respond] to [NP a request] .")]
    [InlineData(
        "The_DT rate_NN is_VBZ expected_VBN to_TO rise_VB ._.",
        "[NP The rate] [VG is expected] [VG to rise] .")]
    [InlineData(
        "It's_PRP|VBZ been_VBN a_DT long_JJ year_NN ._.",
        "[NP [VG It's] been] [NP a long year] .")]
    [InlineData(
        "That_DT may_MD be_VB because_IN prices_NNS rose_VBD ._.",
        "[NP That] [VG may be] because [NP prices] [VG rose] .")]
    [InlineData(
        "All_PDT the_DT senators_NNS voted_VBD ._.",
        "[NP All the senators] [VG voted] .")]
    [InlineData(
        "Police_NNS found_VBD $_$ 3_CD million_CD in_IN a_DT locked_VBN room_NN ._.",
        "[NP Police] [VG found] [NP $ 3 million] in [NP a locked room] .")]
    [InlineData(
        "There_EX were_VBD no_DT reported_VBN injuries_NNS ._.",
        "[NP There] [VG were] [NP no reported injuries] .")]
    public void Finds_noun_phrases_and_verb_groups(string tagged, string expected)
    {
        var line = Tagged.Line(tagged);

        var chunks = Chunker.Find(line.Tokens, line.Tags);

        Assert.Equal(expected, Tagged.Render(line.Tokens, chunks));
    }

    [Theory]
    [InlineData("The_DT deal_NN could_MD have_VB collapsed_VBN ._.", "could have collapsed", VerbTraits.Modal | VerbTraits.Perfect | VerbTraits.Finite)]
    [InlineData("The_DT figure_NN was_VBD reported_VBN ._.", "was reported", VerbTraits.Passive | VerbTraits.Finite)]
    [InlineData("Talks_NNS are_VBP continuing_VBG ._.", "are continuing", VerbTraits.Progressive | VerbTraits.Finite)]
    [InlineData("Shares_NNS didn't_VBD|RB recover_VB ._.", "didn't recover", VerbTraits.Negated | VerbTraits.Finite)]
    [InlineData("He_PRP hopes_VBZ to_TO win_VB ._.", "to win", VerbTraits.Infinitive)]
    [InlineData("Voters_NNS may_MD never_RB know_VB ._.", "may never know", VerbTraits.Modal | VerbTraits.Negated | VerbTraits.Finite)]
    [InlineData("The_DT plan_NN isn't_VBZ|RB expected_VBN ._.", "isn't expected", VerbTraits.Passive | VerbTraits.Negated | VerbTraits.Finite)]
    [InlineData("They've_PRP|VBP seen_VBN it_PRP ._.", "They've seen", VerbTraits.Perfect | VerbTraits.Finite)]
    public void Verb_groups_know_their_modal_perfect_passive_and_negation(string tagged, string group, object traits) // object: VerbTraits is internal, and a public test method cannot name it
    {
        var line = Tagged.Line(tagged);

        var chunk = Chunker.Find(line.Tokens, line.Tags).Last(c => c.Kind == ChunkKind.VerbGroup);

        Assert.Equal(group, string.Join(' ', line.Tokens[chunk.Start..chunk.End].Select(t => t.Text)));
        Assert.Equal((VerbTraits)traits, chunk.Traits);
    }

    [Fact]
    public void Heads_are_the_last_noun_and_the_main_verb()
    {
        var line = Tagged.Line("The_DT company's_NN|POS chief_JJ executive_NN had_VBD been_VBN warned_VBN ._.");

        var chunks = Chunker.Find(line.Tokens, line.Tags);

        Assert.Equal(["executive", "warned"], chunks.Select(c => line.Tokens[c.Head].Text));
    }
}
