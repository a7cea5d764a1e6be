using System.Text;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class RoleMentionsTests
{
    // The last sentence's definite role, as "the ... role" text and whether its introduction carried a name.
    [Theory]
    [InlineData("Can he recover? a veteran Democratic strategist asked. It is hard, the strategist said.", "the strategist", false)]
    [InlineData("A senior Pakistani official warned Tuesday. The zero option is war, the Pakistani official added.", "the Pakistani official", false)]
    [InlineData("Jane Roe, a Republican strategist, said the bill would pass. The vote is close, the strategist added.", "the strategist", true)]
    [InlineData("Republican strategist Jane Roe said the bill would pass. The vote is close, the strategist added.", "the strategist", true)]
    [InlineData("One Kurdish official, Razan Hiddo, declared the plan dead. It cannot work, the official said.", "the official", true)]
    [InlineData("Jane Roe, the strategist, said the bill would pass. The vote is close, the strategist added.", "the strategist", true)]
    [InlineData("A senior official Tuesday said the bill would pass. The vote is close, said the official.", "the official", false)]
    [InlineData("A senior official spoke first. The war will go on in Afghanistan, the official added. It is hard, the official said.", "the official", false)]
    // sources42: an anonymous-source head with no earlier mention at all is read as unnamed (class-unintroduced-source-heads).
    [InlineData("An aide spoke first. The talks are over. It failed, the official said.", "the official", false)]
    [InlineData("The talks are over. It failed, the people said.", "the people", false)]
    // rev34: an unintroduced back-reference does not count as the earlier mention that keeps a later one unread: the
    // second "the official said" is as anonymous as the first (the window view, seeing one of them, read each).
    [InlineData("It failed, the official said. The talks are over. It is hard, the official added.", "the official", false)]
    [InlineData("It failed, this person said. The talks are over. It is hard, this person added.", "this person", false)]
    [InlineData("It failed, the people said. The talks are over. It is hard, the people added.", "the people", false)]
    // Issue 11: sentences with text outside ASCII (curly quotation marks, a dash, a curly apostrophe) are read as plain
    // ones, the introduction, the back-reference and the earlier unintroduced mention alike.
    [InlineData("A strategist warned \u201Cit is over\u201D on Tuesday. It\u2019s fine, the strategist said.", "the strategist", false)]
    [InlineData("Jane Roe, a Republican strategist \u2014 and a pollster \u2014 said so. It\u2019s close, the strategist added.", "the strategist", true)]
    [InlineData("It failed, the official said \u2014 again. The talks are over. It is hard, the official added.", "the official", false)]
    [InlineData("Two officials familiar with the talks said so. \u201CIt\u2019s over,\u201D the officials said.", "the officials", false)]
    public void Resolves_a_definite_role_to_its_introduction(string text, string role, bool named)
    {
        var fixture = Last(text);
        var anaphor = Assert.Single(RoleMentions.Of(fixture.Document).In(fixture.Sentence));
        Assert.Equal(role, fixture.TextOf(anaphor.Start, anaphor.End));
        Assert.Equal(named, anaphor.Named);
    }

    // A capitalised word after a comma or a place before one is no name: the introduction stays anonymous.
    [Theory]
    [InlineData("According to a well-informed source, Trump called Cohn in. He left, the source said.")]
    [InlineData("According to one source, Lachlan Murdoch's wife helped. She did, the source added.")]
    [InlineData("It will take place in Atlanta, a source with direct knowledge said. It is set, the source said.")]
    public void Reads_no_name_in_a_clause_or_a_place_beside_the_role(string text)
    {
        var fixture = Last(text);
        Assert.False(Assert.Single(RoleMentions.Of(fixture.Document).In(fixture.Sentence)).Named);
    }

    // The nearest earlier introduction wins: a named strategist after an anonymous one is the one "the strategist" means.
    [Fact]
    public void Resolves_to_the_nearest_earlier_introduction()
    {
        var fixture = Last("A strategist warned us. Later, Jane Roe, a strategist, disagreed. It is fine, the strategist said.");
        Assert.True(Assert.Single(RoleMentions.Of(fixture.Document).In(fixture.Sentence)).Named);
    }

    // No earlier mention of the head, an anonymity marker (the sentence's own reading keeps it anonymous) or a
    // quotation: nothing to resolve.
    [Theory]
    [InlineData("The economy grew. The talks are over. It failed, the strategist said.")]
    [InlineData("A strategist spoke first. The talks are over. It failed, the strategist said, speaking on condition of anonymity.")]
    [InlineData("A strategist spoke first. The talks are over. He said \"the strategist is wrong\" today.")]
    [InlineData("She is a vocal advocate against abortion. She called it genocide, according to The Advocate.")]
    [InlineData("Democrats blocked a Republican push on Thursday. It will not pass, the Kentucky Republican said.")]
    [InlineData("A McGill University professor wrote to him. As the Professor explains, it is a statement.")]
    // Issue 11: a head spelled with a letter the case-blind classes do not fold to ASCII (a long s) is no head, and the
    // marks must not make it one; in capitals inside a sentence a role is a title, not a head.
    [InlineData("A strategist spoke first. It failed, the \u017Ftrategist said.")]
    [InlineData("A strategist spoke first. It failed, the STRATEGIST said.")]
    public void Leaves_unresolved_roles_alone(string text)
    {
        var fixture = Last(text);
        Assert.Empty(RoleMentions.Of(fixture.Document).In(fixture.Sentence));
    }

    // The reader visits only the tokens the head classes' lexicon marks (issue 11): each class word must be one ASCII
    // token there, in any case, or the marks could skip a token the case-blind classes hold.
    [Fact]
    public void Every_head_word_is_one_ascii_token_the_sentences_marks_start_at()
    {
        foreach (var word in RoleMentions.HeadClasses.SelectMany(static c => c))
        {
            Assert.True(Ascii.IsValid(word), word);
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                var tokens = Tokenizer.Tokenize(form);
                Assert.Equal([form], tokens.Select(static t => t.Text));
                Assert.True(RuleLexiconSet.Default.Match(tokens).MarksOf(RoleMentions.HeadWords).StartsAt(0), form);
            }
        }
    }

    private static SemanticsFixture Last(string text) => SemanticsFixture.Of(text, SemanticsFixture.Of(text).Document.Sentences.Length - 1);
}
